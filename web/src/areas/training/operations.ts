/** The training area's operations (scenarios, runs, a run's report, one order's timeline); codegen types them into src/gql/. */
import { graphql } from '../../gql';

export const TrainingCatalogueQuery = graphql(`
  query TrainingCatalogue($runs: Int) {
    scenarios {
      id
      file
      title
      description
      sources
      seed
      start
      orders
    }
    scenarioRuns(first: $runs) {
      number
      scenarioId
      title
      seed
      orders
      status
      startedAt
      finishedAt
      progress {
        ordersDone
        ordersTotal
      }
    }
  }
`);

export const StartScenarioRunMutation = graphql(`
  mutation StartScenarioRun($input: StartScenarioRunInput!) {
    startScenarioRun(input: $input) {
      run {
        number
      }
      userErrors {
        code
        field
        rule
        message
      }
    }
  }
`);

export const ScenarioRunReportQuery = graphql(`
  query ScenarioRunReport($number: String!) {
    scenarioRun(number: $number) {
      number
      scenarioId
      title
      seed
      orders
      status
      error
      startedAt
      finishedAt
      startedBy {
        code
        name
      }
      progress {
        ordersDone
        ordersTotal
        simulatedAt
        events
      }
      kpis {
        orders
        delivered
        onTime
        averagePlannedLeadTimeDays
        averageLeadTimeDays
        averageDelayDays
        averageDestinationWaitDays
        averageCustomsDwellHours
        logisticsCostSharePercent
        withinCostTarget
        freightUsd
        dutiesAndFeesCny
        interestPaidUsd
        co2TotalKg
        expectationsMet
        expectationsTotal
      }
      breakdown {
        lanes {
          lane
          orders
        }
        delaysByCause {
          cause
          orders
          totalDays
          averageDays
        }
        destinationWaitsByCause {
          cause
          orders
          totalDays
          averageDays
        }
        co2ByMode {
          mode
          kg
        }
        maxCustomsDwellHours
        completed
      }
      incidents {
        type
        events
        orders
      }
      refusals {
        rule
        events
        orders
      }
      expectations {
        id
        text
        met
        evidence
      }
      orderReports {
        handle
        number
        route
        delayDays
        leadTimeDays
        lane
        finalState
      }
    }
  }
`);

export const ScenarioOrderTimelineQuery = graphql(`
  query ScenarioOrderTimeline($number: String!, $handle: String!) {
    scenarioRun(number: $number) {
      number
      orderReport(handle: $handle) {
        handle
        number
        seller
        buyer
        route
        modes
        readyAt
        plannedEta
        arrivedAt
        deliveredAt
        plannedLeadTimeDays
        leadTimeDays
        delayDays
        destinationWaitDays
        delays {
          cause
          days
        }
        destinationWaits {
          cause
          days
        }
        lane
        customsDwellHours
        freightUsd
        finalState
        legs {
          seq
          from
          to
          mode
          plannedEtd
          plannedEta
          departedAt
          arrivedAt
        }
        timeline {
          seq
          at
          name
          actor
          refused
          rule
          detail
        }
      }
    }
  }
`);

/** The report files, fetched only when the trainer asks for one (the JSON of a large run is big). */
export const ScenarioRunDownloadQuery = graphql(`
  query ScenarioRunDownload($number: String!, $markdown: Boolean!, $json: Boolean!) {
    scenarioRun(number: $number) {
      number
      markdown @include(if: $markdown)
      reportJson @include(if: $json)
    }
  }
`);

/** Each progress event makes the run page ask for the run's report again. */
export const ScenarioRunProgressSubscription = graphql(`
  subscription ScenarioRunProgress($run: String!) {
    scenarioRunProgress(run: $run) {
      cursor
      finished
    }
  }
`);
