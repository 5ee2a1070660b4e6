/** The classroom area's operations (exercises, clock, participants, incidents, score, a participant's seat); codegen types them into src/gql/. */
import { graphql } from '../../gql';

export const ExercisesQuery = graphql(`
  query Exercises {
    exercises {
      number
      title
      scenarioId
      now
      clockRate
      participants {
        name
      }
    }
    scenarios {
      id
      title
      seed
    }
  }
`);

export const CreateExerciseMutation = graphql(`
  mutation CreateExercise($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      exercise {
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

export const ExerciseQuery = graphql(`
  query Exercise($number: String!) {
    exercise(number: $number) {
      number
      title
      scenarioId
      seed
      defaultAfterDaysOverdue
      now
      clockRate
      participants {
        name
        partyCode
        role
        tokenPrefix
        invitedAt
        dismissedAt
      }
      incidents {
        seq
        at
        type
        order
        effect
        note
      }
      events(first: 100) {
        seq
        at
        name
        actor
        refused
        detail
        rule
      }
      score {
        ...ExerciseScoreRow
      }
    }
  }
`);

export const ExerciseScoreRowFragment = graphql(`
  fragment ExerciseScoreRow on ExerciseKpis {
    participant
    partyCode
    role
    orders
    delivered
    onTime
    freightUsd
    dutiesAndFeesCny
    lateFeesCny
    loans
    loansOverdue
    loansDefaulted
    financingCostUsd
  }
`);

export const ExerciseReportQuery = graphql(`
  query ExerciseReport($number: String!) {
    exercise(number: $number) {
      number
      markdown
      reportJson
    }
  }
`);


export const AdvanceExerciseClockMutation = graphql(`
  mutation AdvanceExerciseClock($number: String!, $input: AdvanceExerciseClockInput!) {
    advanceExerciseClock(number: $number, input: $input) {
      exercise {
        number
        now
      }
      fired
      userErrors {
        code
        field
        rule
        message
      }
    }
  }
`);

export const RunExerciseClockMutation = graphql(`
  mutation RunExerciseClock($number: String!, $rate: Float!) {
    runExerciseClock(number: $number, rate: $rate) {
      exercise {
        number
        clockRate
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

export const InviteParticipantMutation = graphql(`
  mutation InviteParticipant($number: String!, $input: InviteParticipantInput!) {
    inviteParticipant(number: $number, input: $input) {
      participant {
        name
        partyCode
        role
      }
      token
      userErrors {
        code
        field
        rule
        message
      }
    }
  }
`);

export const DismissParticipantMutation = graphql(`
  mutation DismissParticipant($number: String!, $name: String!) {
    dismissParticipant(number: $number, name: $name) {
      exercise {
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

export const InjectIncidentMutation = graphql(`
  mutation InjectIncident($number: String!, $input: InjectIncidentInput!) {
    injectIncident(number: $number, input: $input) {
      exercise {
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

export const MyExerciseSeatQuery = graphql(`
  query MyExerciseSeat {
    myExerciseSeat {
      participant
      partyCode
      role
      exercise {
        number
        title
        now
        clockRate
        score {
          ...ExerciseScoreRow
        }
      }
    }
  }
`);
