// What other features may use of insights (docs/architecture.md, "The admin app").
export { useRecommendations } from './api/get-recommendations';
export { useScorecard } from './api/get-scorecard';
export { daysLeft } from './components/thank-you-due';
export { FeedbackRequestsPanel, InsightsPanels } from './components/insights-panels';
export { IntroductionsPanel } from './components/introductions-panel';
