import type { Questions } from '../schema/questions.js';

/** National questions and answers (facts file only). Filled by the questions issue. */
export const nationalQuestions: Questions = { topics: [], items: [] };
