/**
 * Shipments: the exporter's and importer's pages. Orders (list, one order, a new order), route
 * options and booking, and tracking by order, shipment, container or bill number.
 */
import type { Area } from '../area';
import { NewOrderPage } from './NewOrderPage';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';
import { RoutesPage } from './RoutesPage';
import { TrackPage } from './TrackPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export const shipmentsArea: Area = {
  id: 'shipments',
  nav: [
    { to: '/orders', label: 'app.nav.orders' },
    { to: '/orders/new', label: 'orderForm.nav', roles: ['EXPORTER'] },
    { to: '/track', label: 'app.nav.track' },
  ],
  page(path) {
    const track = /^\/track(?:\/(.*))?$/.exec(path);
    if (track) return { title: 'track.title', element: <TrackPage key={track[1] ?? ''} reference={decodeURIComponent(track[1] ?? '')} /> };
    if (path === '/orders' || path.startsWith('/orders?')) return { title: 'orders.title', element: <OrdersPage /> };
    if (path === '/orders/new') return { title: 'orderForm.title', element: <NewOrderPage /> };
    const routes = /^\/orders\/([^/]+)\/routes$/.exec(path);
    if (routes) return { title: 'routes.title', element: <RoutesPage key={routes[1]} reference={decodeURIComponent(routes[1]!)} /> };
    const order = /^\/orders\/([^/]+)$/.exec(path);
    if (order) return { title: 'order.title', element: <OrderPage key={order[1]} reference={decodeURIComponent(order[1]!)} /> };
    return null;
  },
  texts: { en, zh },
};
