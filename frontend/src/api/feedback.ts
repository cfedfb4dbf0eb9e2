// Feedback: what customers say in each phase. Its text is untrusted and is
// only ever rendered as text.
import * as App from '../../wailsjs/go/main/App';
import type { viewmodel } from '../../wailsjs/go/models';

export type FeedbackEntry = viewmodel.FeedbackEntry;
export type FeedbackCounts = viewmodel.FeedbackCounts;
export type FeedbackAdded = viewmodel.FeedbackAdded;
export type FeedbackDraft = viewmodel.FeedbackDraft;
export type FeedbackFilter = viewmodel.FeedbackFilter;

export const feedbackApi = {
  listFeedback: (filter: FeedbackFilter): Promise<FeedbackEntry[]> => App.ListFeedback(filter),
  feedbackSummary: (release: string): Promise<FeedbackCounts[]> => App.FeedbackSummary(release),
  addFeedback: (draft: FeedbackDraft): Promise<FeedbackAdded> => App.AddFeedback(draft),
  editFeedback: (draft: FeedbackDraft): Promise<void> => App.EditFeedback(draft),
  deleteFeedback: (release: string, id: number): Promise<void> => App.DeleteFeedback(release, id),
  /** Resolves to null when the file dialog was cancelled. */
  importFeedbackFile: (release: string): Promise<FeedbackAdded | null> => App.ImportFeedbackFile(release),
};
