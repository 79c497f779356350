/**
 * The window's view models, built from the stored roster for an as-of date: pure functions over
 * plain data. Each person is evaluated once per view against one shared catalog and rule set.
 * The dashboard counts current staff only (active and on leave); the roster lists everyone.
 */
export { buildDashboard, NO_UNIT, FORECAST_MONTHS } from './dashboard';
export { buildRosterView } from './roster-view';
export { buildPersonDetail } from './person-detail';
export { MAX_ACTIONS, RECENT_LAPSE_DAYS, RECENTLY_ELIGIBLE_DAYS } from './dashboard-actions';
