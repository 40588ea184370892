export * from './report-data';
export * from './charts';
export * from './cohort-csv';
export * from './cohort-xlsx';
export * from './cohort-pdf';
export * from './manager-report';
export * from './manager-pdf';
export * from './report-file';
