import { Controller, Inject, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import type { QueryOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { colleagueDirectory, decodeDirectoryCursor, encodeDirectoryCursor } from './colleague-directory.query';

/**
 * The colleague directory any signed-in person may search, to choose who they met, helped,
 * introduced or thanked. Its own controller, registered before the people controller, so
 * `/v1/people/directory` is matched before `/v1/people/{id}`.
 */
@Controller()
export class ColleagueDirectoryController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.colleagueDirectory)
  async search(@Query() q: QueryOf<typeof routes.colleagueDirectory>) {
    const page = await colleagueDirectory(this.runtime.db, this.runtime.personalData.kept, {
      q: q.q,
      ids: q.ids,
      limit: q.limit,
      ...(q.cursor ? { after: decodeDirectoryCursor(q.cursor) } : {}),
    });
    return { items: page.items, nextCursor: page.next ? encodeDirectoryCursor(page.next) : null };
  }
}
