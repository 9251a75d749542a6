import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { BrowserRouter, Link, Navigate, Route, Routes } from "react-router";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { HomeRoute } from "./features/home/HomeRoute.tsx";
import { AppLayout, FullPageLoader } from "./features/shell/AppLayout.tsx";
import { StaffOnly } from "./features/shell/StaffOnly.tsx";

// Screens are split into their own chunks; the shell and the login form load first.
const BoardPage = lazy(() => import("./features/board/BoardPage.tsx"));
const PipelinePage = lazy(() => import("./features/pipeline/PipelinePage.tsx"));
const CompetitorsPage = lazy(() => import("./features/competitors/CompetitorsPage.tsx"));
const ContactPage = lazy(() => import("./features/contact/ContactPage.tsx"));
const ContactsPage = lazy(() => import("./features/contacts/ContactsPage.tsx"));
const CompaniesPage = lazy(() => import("./features/companies/CompaniesPage.tsx"));
const CompanyPage = lazy(() => import("./features/companies/CompanyPage.tsx"));
const DealPage = lazy(() => import("./features/deal/DealPage.tsx"));
const HandoffsPage = lazy(() => import("./features/handoffs/HandoffsPage.tsx"));
const HandoffSettingsPage = lazy(() => import("./features/handoffs/HandoffSettingsPage.tsx"));
const ApprovalsPage = lazy(() => import("./features/approvals/ApprovalsPage.tsx"));
const ProposalsPage = lazy(() => import("./features/proposals/ProposalsPage.tsx"));
const ScoringSettingsPage = lazy(() => import("./features/settings/ScoringSettingsPage.tsx"));
const AttributionSettingsPage = lazy(() => import("./features/settings/AttributionSettingsPage.tsx"));
const PipelinesSettingsPage = lazy(() => import("./features/settings/PipelinesSettingsPage.tsx"));
const PricingSettingsPage = lazy(() => import("./features/pricing-settings/PricingSettingsPage.tsx"));
const PartnersSettingsPage = lazy(() => import("./features/partners/PartnersSettingsPage.tsx"));
const SettingsLayout = lazy(() => import("./features/settings/SettingsLayout.tsx"));
const MyDayPage = lazy(() => import("./features/my-day/MyDayPage.tsx"));
const QuotasPage = lazy(() => import("./features/quotas/QuotasPage.tsx"));
const OutboxPage = lazy(() => import("./features/email/OutboxPage.tsx"));
const EmailSettingsPage = lazy(() => import("./features/email/EmailSettingsPage.tsx"));
const PlaybooksPage = lazy(() => import("./features/playbooks/PlaybooksPage.tsx"));
const PlaybookEditorPage = lazy(() => import("./features/playbooks/PlaybookEditorPage.tsx"));
const PlaybookEnrolmentsPage = lazy(() => import("./features/playbooks/PlaybookEnrolmentsPage.tsx"));
const ProgramsPage = lazy(() => import("./features/programs/ProgramsPage.tsx"));
const ProgramPage = lazy(() => import("./features/programs/ProgramPage.tsx"));
const ProgramScorecardPage = lazy(() => import("./features/reports/ProgramScorecardPage.tsx"));
const ReportsPage = lazy(() => import("./features/reports/ReportsPage.tsx"));
const FunnelPage = lazy(() => import("./features/reports/FunnelPage.tsx"));
const SalesPage = lazy(() => import("./features/reports/SalesPage.tsx"));
const TouchesPage = lazy(() => import("./features/reports/TouchesPage.tsx"));
const AttributionPage = lazy(() => import("./features/reports/AttributionPage.tsx"));
const EffectivenessPage = lazy(() => import("./features/reports/EffectivenessPage.tsx"));
const SalesFeedbackPage = lazy(() => import("./features/reports/SalesFeedbackPage.tsx"));
const PlansPage = lazy(() => import("./features/plans/PlansPage.tsx"));
const HandoffReportPage = lazy(() => import("./features/reports/HandoffReportPage.tsx"));
const PriceDeviationPage = lazy(() => import("./features/reports/PriceDeviationPage.tsx"));
const HomePage = lazy(() => import("./features/home/HomePage.tsx"));
const UsersSettingsPage = lazy(() => import("./features/users/UsersSettingsPage.tsx"));
const WebhooksSettingsPage = lazy(() => import("./features/webhooks/WebhooksSettingsPage.tsx"));
const AuditLogPage = lazy(() => import("./features/audit/AuditLogPage.tsx"));
const MyAccountPage = lazy(() => import("./features/users/MyAccountPage.tsx"));
const AcceptInvitationPage = lazy(() => import("./features/users/AcceptInvitationPage.tsx"));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/invite/:token"
          element={
            <Suspense fallback={<FullPageLoader />}>
              <AcceptInvitationPage />
            </Suspense>
          }
        />
        <Route element={<AppLayout />}>
          <Route index element={<HomeRoute home={<HomePage />} board={<BoardPage />} />} />
          <Route path="board" element={<BoardPage />} />
          <Route path="pipeline" element={<PipelinePage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="contacts/:id" element={<ContactPage />} />
          <Route path="deals/:id" element={<DealPage />} />
          {/* Every user's own account, partners' included: their password and API keys. */}
          <Route path="account" element={<MyAccountPage />} />
          <Route element={<StaffOnly />}>
            <Route path="competitors" element={<CompetitorsPage />} />
            <Route path="companies" element={<CompaniesPage />} />
            <Route path="companies/:id" element={<CompanyPage />} />
            <Route path="approvals" element={<ApprovalsPage />} />
            <Route path="proposals" element={<ProposalsPage />} />
            <Route path="handoffs" element={<HandoffsPage />} />
            <Route path="my-day" element={<MyDayPage />} />
            <Route path="quotas" element={<QuotasPage />} />
            <Route path="plans" element={<PlansPage />} />
            <Route path="outbox" element={<OutboxPage />} />
            <Route path="playbooks" element={<PlaybooksPage />} />
            <Route path="playbooks/new" element={<PlaybookEditorPage />} />
            <Route path="playbooks/:id" element={<PlaybookEnrolmentsPage />} />
            <Route path="playbooks/:id/edit" element={<PlaybookEditorPage />} />
            <Route path="programs" element={<ProgramsPage />} />
            <Route path="programs/:id" element={<ProgramPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="reports/programs" element={<ProgramScorecardPage />} />
            <Route path="reports/funnel" element={<FunnelPage />} />
            <Route path="reports/sales" element={<SalesPage />} />
            <Route path="reports/touches" element={<TouchesPage />} />
            <Route path="reports/attribution" element={<AttributionPage />} />
            <Route path="reports/effectiveness" element={<EffectivenessPage />} />
            <Route path="reports/sales-feedback" element={<SalesFeedbackPage />} />
            <Route path="reports/handoffs" element={<HandoffReportPage />} />
            <Route path="reports/price-deviation" element={<PriceDeviationPage />} />
            <Route path="programs/:id/links" element={<ProgramPage />} />
            <Route path="settings" element={<SettingsLayout />}>
              <Route index element={<Navigate to="/settings/scoring" replace />} />
              <Route path="scoring" element={<ScoringSettingsPage />} />
              <Route path="attribution" element={<AttributionSettingsPage />} />
              <Route path="pipelines" element={<PipelinesSettingsPage />} />
              <Route path="handoff" element={<HandoffSettingsPage />} />
              <Route path="pricing" element={<PricingSettingsPage />} />
              <Route path="partners" element={<PartnersSettingsPage />} />
              <Route path="email" element={<EmailSettingsPage />} />
              <Route path="users" element={<UsersSettingsPage />} />
              <Route path="webhooks" element={<WebhooksSettingsPage />} />
              <Route path="audit" element={<AuditLogPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function NotFound() {
  return (
    <Center py="xl">
      <Stack align="center">
        <Title order={2}>Page not found</Title>
        <Text c="dimmed">There is nothing at this address.</Text>
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      </Stack>
    </Center>
  );
}
