// Placeholder until the classifier lands (issue 5): the signature is the contract.
import type { Topic } from '../../types.js';

export interface TopicInput {
  headline: string;
  body: string;
  people?: string[];
  places?: string[];
  organizations?: string[];
}

export function classifyTopics(_input: TopicInput): Topic[] {
  return [];
}
