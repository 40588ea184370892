import { Controller, Inject } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { organisationDepartments } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

@Controller()
export class DepartmentsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** The organisation's departments, so every screen colours a department the same way at every instant. */
  @Endpoint(routes.departments)
  async departments() {
    return { departments: await organisationDepartments(this.runtime.db) };
  }
}
