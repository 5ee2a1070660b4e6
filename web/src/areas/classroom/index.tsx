/** Classroom: a trainer's exercises (set up, clock, participants, incidents, live score, report) and a participant's seat. */
import type { Area } from '../area';
import { ClassroomPage } from './ClassroomPage';
import { ExercisePage } from './ExercisePage';
import { SeatPage } from './SeatPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export { ExerciseSeatBadge } from './ExerciseSeatBadge';

export const classroomArea: Area = {
  id: 'classroom',
  // Only trainers run exercises; a participant's seat is reached from the header badge.
  nav: [{ to: '/classroom', label: 'classroom.nav', roles: ['TRAINER'] }],
  page(path) {
    if (path === '/classroom') return { title: 'classroom.title', element: <ClassroomPage /> };
    if (path === '/classroom/seat') return { title: 'classroom.seat.title', element: <SeatPage /> };
    const exercise = /^\/classroom\/([^/]+)$/.exec(path);
    if (exercise) {
      const number = decodeURIComponent(exercise[1]);
      return { title: 'classroom.exercise.pageTitle', element: <ExercisePage key={number} number={number} /> };
    }
    return null;
  },
  texts: { en, zh },
};
