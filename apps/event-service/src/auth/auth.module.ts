import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { ErasedSubjects } from './erased-subjects';
import { TokenVerifier } from './token-verifier';

@Module({
  controllers: [AuthController],
  providers: [
    {
      provide: TokenVerifier,
      inject: [RUNTIME],
      useFactory: (runtime: Runtime) => new TokenVerifier(runtime.config.auth, runtime.devSecret),
    },
    {
      provide: ErasedSubjects,
      inject: [RUNTIME],
      useFactory: (runtime: Runtime) =>
        new ErasedSubjects(async (personId) => (await runtime.personalData.keys.erasedAmong(runtime.db, [personId])).has(personId)),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
