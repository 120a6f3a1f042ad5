// The words and colours of the HTML report. Statuses get Ukrainian labels (the data
// is Ukrainian) and the Okabe–Ito palette, which stays distinguishable with the
// common colour-vision deficiencies; every colour is shown with its label beside it.
import type { HistoryChange, MeasureStatus } from '../../model/schema.js';

export interface StatusLook {
  label: string;
  color: string;
}

export const STATUS_LOOK: Readonly<Record<MeasureStatus, StatusLook>> = {
  completed: { label: 'виконано', color: '#009E73' },
  in_progress: { label: 'виконується', color: '#56B4E9' },
  planned: { label: 'заплановано', color: '#0072B2' },
  not_completed: { label: 'не виконано', color: '#D55E00' },
  not_funded: { label: 'не профінансовано', color: '#E69F00' },
  suspended: { label: 'призупинено', color: '#CC79A7' },
  not_started: { label: 'не розпочато', color: '#F0E442' },
  cancelled: { label: 'скасовано', color: '#000000' },
  unknown: { label: 'невідомо', color: '#999999' },
};

export const CHANGE_LABEL: Readonly<Record<HistoryChange, string>> = {
  first: 'перший випуск',
  added: 'з’явився',
  unchanged: 'без змін',
  changed: 'змінено',
  moved: 'перенумеровано або перенесено',
  absent: 'відсутній',
};

export const SEVERITY_LABEL = { error: 'помилка', warning: 'попередження', info: 'інформація' } as const;

/** Compared fields of a measure (diff's names), as the report shows them. */
export const FIELD_LABEL: Readonly<Record<string, string>> = {
  title: 'назва',
  execution: 'виконання',
  status: 'статус',
  completionPercent: 'відсоток виконання',
  fundingThousandUah: 'фінансування',
  programs: 'програми',
  executors: 'виконавці',
};

export const NO_SOURCE = 'джерело не зазначено';
