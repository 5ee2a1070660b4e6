/**
 * Bills: the 一单制 bill of lading for the parties that handle it (list, console with the control
 * actions, printable bill, chain and verification, DCSA download), and the milestone form the
 * carriers (and the forwarder) record the legs' progress with.
 */
import type { Area } from '../area';
import { BillConsolePage } from './BillConsolePage';
import { BillPrintPage } from './BillPrintPage';
import { BillsPage } from './BillsPage';
import { MilestoneFormPage } from './MilestoneFormPage';
import { MilestonesPage } from './MilestonesPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export const billsArea: Area = {
  id: 'bills',
  nav: [
    { to: '/bills', label: 'billsNav.bills', roles: ['FORWARDER', 'EXPORTER', 'IMPORTER', 'CONSOLIDATOR', 'BANK', 'TRAINER', 'AUDITOR'] },
    { to: '/milestones', label: 'billsNav.milestones', roles: ['CARRIER', 'FORWARDER'] },
  ],
  page(path) {
    if (path === '/bills') return { title: 'bills.title', element: <BillsPage /> };
    const print = /^\/bills\/([^/]+)\/print$/.exec(path);
    if (print) return { title: 'billPrint.title', element: <BillPrintPage key={print[1]} reference={decodeURIComponent(print[1])} /> };
    const bill = /^\/bills\/([^/]+)$/.exec(path);
    if (bill) return { title: 'billConsole.pageTitle', element: <BillConsolePage key={bill[1]} reference={decodeURIComponent(bill[1])} /> };
    if (path === '/milestones') return { title: 'milestoneForm.listTitle', element: <MilestonesPage /> };
    const milestones = /^\/milestones\/([^/]+)$/.exec(path);
    if (milestones) return { title: 'milestoneForm.pageTitle', element: <MilestoneFormPage key={milestones[1]} reference={decodeURIComponent(milestones[1])} /> };
    return null;
  },
  texts: { en, zh },
};
