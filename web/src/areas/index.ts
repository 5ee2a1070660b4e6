/** Every area of the single window, in header order. An area's pages, links and texts live in its folder. */
import type { Area } from './area';
import { billsArea } from './bills';
import { classroomArea } from './classroom';
import { customsArea } from './customs';
import { financeArea } from './finance';
import { shipmentsArea } from './shipments';
import { trainingArea } from './training';

export const AREAS: Area[] = [shipmentsArea, billsArea, customsArea, financeArea, trainingArea, classroomArea];
