import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { defaultRecommendationParameters } from '@rapport/domain';
import { personNetworkAnswer, recommendationsFrom, structureFor } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { parseAsOf, requireKnownPerson } from './as-of';
import { personStructureView, structureRunView } from './structure-run-view';

@Controller()
export class NetworkController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** SPEC §6.3. Ego metrics as of T (default now); structure from the run for T (default: the latest run). */
  @Endpoint(routes.network)
  async network(@Param() { id }: ParamsOf<typeof routes.network>, @Query() q: QueryOf<typeof routes.network>) {
    const answer = await personNetworkAnswer(this.runtime.db, id, parseAsOf(q.asOf), this.structureOptions());
    if (!answer) throw new HttpProblemError('not_found', `person ${id} is not known`);
    return {
      personId: id,
      asOf: new Date(answer.asOf).toISOString(),
      ...answer.metrics,
      structure: answer.structure ? personStructureView(answer.structure) : null,
      structureRun: structureRunView(answer.run),
    };
  }

  /** SPEC §6.4, everything read from one structural run so ties, PageRanks and paths agree. */
  @Endpoint(routes.recommendations)
  async recommendations(@Param() { id }: ParamsOf<typeof routes.recommendations>, @Query() q: QueryOf<typeof routes.recommendations>) {
    await requireKnownPerson(this.runtime.db, id);
    const run = await structureFor(this.runtime.db, parseAsOf(q.asOf), this.structureOptions());
    const { items, names } = await recommendationsFrom(
      this.runtime.db,
      id,
      run,
      defaultRecommendationParameters,
      this.runtime.personalData.kept,
    );
    return {
      personId: id,
      asOf: new Date(run.asOf).toISOString(),
      items: items.slice(0, q.limit).map((r) => ({
        candidateId: r.candidateId,
        candidateName: names.get(r.candidateId) ?? '',
        score: r.score,
        pageRankPercentile: r.pageRankPercentile,
        topShare: r.topShare,
        diversityGain: r.diversityGain,
        introFactor: r.introFactor,
        adds: [...r.adds],
        introduction: r.introduction && {
          ...r.introduction,
          introducerName: names.get(r.introduction.introducerId) ?? '',
          path: [id, r.introduction.introducerId, r.candidateId],
        },
        sentence: r.sentence,
      })),
      structureRun: structureRunView(run),
    };
  }

  private structureOptions() {
    return {
      strength: this.runtime.strength,
      now: () => this.runtime.clock.now(),
      maxOnDemandPeople: this.runtime.config.structureOnDemandMaxPeople,
    };
  }
}
