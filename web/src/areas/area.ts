/**
 * One area of the single window (shipments, bills, customs, finance, training …): its pages, its
 * header links and its texts. Areas are listed once in areas/index.ts; each keeps its pages,
 * operations and texts in its own folder, so areas grow without touching one another.
 */
import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';

export interface AreaPage {
  /** An i18n key for the document title. */
  title: string;
  element: ReactNode;
}

export interface NavLink {
  to: string;
  /** An i18n key. */
  label: string;
  /** Shown only to a caller holding one of these roles; to everyone signed in when absent. */
  roles?: Role[];
}

/** Texts of one language: nested objects of strings, under the area's own top-level key. */
export interface TextTree {
  [key: string]: string | TextTree;
}

export interface Area {
  id: string;
  nav: NavLink[];
  /** The page for a path, or null when the path is not this area's. */
  page(path: string): AreaPage | null;
  texts: { en: TextTree; zh: TextTree };
}

/** The same keys in every language: a Chinese text missing for an English one fails the typecheck. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
