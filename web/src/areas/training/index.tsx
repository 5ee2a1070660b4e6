/** Training: the scenario catalogue and runs, starting a run, a run's progress and report, one order's timeline, two runs compared. */
import type { Area } from '../area';
import { ComparePage } from './ComparePage';
import { RunPage } from './RunPage';
import { en } from './texts.en';
import { zh } from './texts.zh';
import { TrainingPage } from './TrainingPage';

export const trainingArea: Area = {
  id: 'training',
  // Trainers start and watch runs; auditors watch them. Nobody else is offered the pages.
  nav: [{ to: '/training', label: 'training.nav', roles: ['TRAINER', 'AUDITOR'] }],
  page(path) {
    if (path === '/training') return { title: 'training.title', element: <TrainingPage /> };
    if (path === '/training/compare') return { title: 'training.compare.title', element: <ComparePage /> };
    const run = /^\/training\/runs\/([^/]+)$/.exec(path);
    if (run) {
      const number = decodeURIComponent(run[1]);
      return { title: 'training.run.pageTitle', element: <RunPage key={number} number={number} /> };
    }
    return null;
  },
  texts: { en, zh },
};
