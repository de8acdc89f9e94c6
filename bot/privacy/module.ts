import type { AppModule, Platform } from '../platform/module.ts';
import { createPrivacyFeature, type PrivacyFeatureDeps } from './privacyFeature.ts';

/** `vergeet mij`: erases what every module stores about the person who asks (the erasers come from the root). */
export function createPrivacyModule(platform: Platform, erasePerson: PrivacyFeatureDeps['erasePerson']): AppModule {
  return { name: 'privacy', features: [createPrivacyFeature({ erasePerson, log: platform.log })] };
}
