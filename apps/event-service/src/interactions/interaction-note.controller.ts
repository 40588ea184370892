import { Controller, Inject, Param } from '@nestjs/common';
import { interactionStream, routes, toLatest, type RapportEvent } from '@rapport/contracts';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * Private notes are readable by their author only: the note is sealed with the author's
 * key in the event and appears in no read model, export or log; this opens it for them.
 */
@Controller()
export class InteractionNoteController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.interactionNote)
  async note(@Param() { id }: ParamsOf<typeof routes.interactionNote>, @CurrentPrincipal() principal: Principal) {
    const history = (await this.runtime.store.readStream(interactionStream(id))).map((e) => toLatest(e));
    const latest = [...history]
      .reverse()
      .find(
        (e): e is Extract<RapportEvent, { type: 'InteractionLogged' | 'InteractionCorrected' }> =>
          e.type === 'InteractionLogged' || e.type === 'InteractionCorrected',
      );
    // Someone else's interaction reads as absent: its existence is not the caller's to learn.
    if (!latest || latest.data.authorId !== principal.personId) throw new HttpProblemError('not_found', `no interaction ${id} of yours`);
    const opener = await this.runtime.personalData.openerFor(this.runtime.db, [latest]);
    return { interactionId: id, note: opener.open(latest.data.note) };
  }
}
