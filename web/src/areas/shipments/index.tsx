/** Shipments: the orders the caller is party to, and tracking by order, shipment, container or bill number. */
import type { Area } from '../area';
import { OrdersPage } from './OrdersPage';
import { TrackPage } from './TrackPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export const shipmentsArea: Area = {
  id: 'shipments',
  nav: [
    { to: '/orders', label: 'app.nav.orders' },
    { to: '/track', label: 'app.nav.track' },
  ],
  page(path) {
    const track = /^\/track(?:\/(.*))?$/.exec(path);
    if (track) return { title: 'track.title', element: <TrackPage key={track[1] ?? ''} reference={decodeURIComponent(track[1] ?? '')} /> };
    if (path === '/orders' || path.startsWith('/orders?')) return { title: 'orders.title', element: <OrdersPage /> };
    return null;
  },
  texts: { en, zh },
};
