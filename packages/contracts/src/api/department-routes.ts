import { z } from 'zod';
import { capabilityRoutes, signedIn } from './route-contract';

/**
 * Every department some person of the organisation holds now, whatever the instant a
 * screen shows: the app gives each one colour from this list, so a department keeps its
 * colour on every screen and at every `asOf`.
 */
export const departmentsResponse = z.object({
  departments: z.array(z.string()).describe('Every department some registered person holds now, in alphabetical order.'),
});
export type DepartmentsResponse = z.infer<typeof departmentsResponse>;

export const departmentRoutes = capabilityRoutes('organisation', {
  departments: {
    method: 'get',
    path: '/v1/org/departments',
    summary: 'The organisation’s departments (names only), for colouring charts and maps the same way everywhere',
    access: signedIn,
    success: { status: 200, schema: departmentsResponse, description: 'The departments, in alphabetical order' },
  },
});
