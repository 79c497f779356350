/** Recertification cycles, CEU requirements, reminders and CCS exam applications. */
export * from './types';
export * from './sources';
export * from './cycle-rules';
export * from './cycles';
export * from './ceu-rules';
export * from './ceu-requirement';
export * from './ceus';
export * from './exam-facts';
export * from './exam-applications';
export * from './reminders';
export * from './schemas';
