/** The start of an instant's week in SQL: weeks start on Monday, 00:00 UTC (as `weekStartOf` in the domain). */
export const WEEK_START_SQL = (instant: string): string => `date_trunc('week', ${instant}, 'UTC')`;
