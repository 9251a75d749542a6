import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { Deps } from "../services/context.ts";
import { installPlainValidationMessages } from "../services/plain-errors.ts";
import { trustedProxyList } from "./client-address.ts";
import { mountApiDocs } from "./docs.ts";
import type { AppEnv } from "./env.ts";
import { errorBody, handleError, validationError } from "./errors.ts";
import { authenticate } from "./middleware/authenticate.ts";
import { idempotency } from "./middleware/idempotency.ts";
import { jsonBodies } from "./middleware/json-body.ts";
import { publicRateLimit } from "./middleware/public-rate-limit.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { accountRoutes } from "./routes/account.ts";
import { attributionRoutes } from "./routes/attribution.ts";
import { auditRoutes } from "./routes/audit.ts";
import { loginRoutes, meRoutes } from "./routes/auth.ts";
import { companyRoutes } from "./routes/companies.ts";
import { competitionRoutes } from "./routes/competition.ts";
import { consentRoutes } from "./routes/consents-suppressions.ts";
import { contactRoutes } from "./routes/contacts.ts";
import { dealRoutes } from "./routes/deals.ts";
import { effectivenessRoutes } from "./routes/effectiveness.ts";
import { emailTemplateRoutes } from "./routes/email-templates.ts";
import { feedbackReportRoutes } from "./routes/feedback-reports.ts";
import { handoffRoutes } from "./routes/handoff.ts";
import { invitationRoutes } from "./routes/invitations.ts";
import { outboxRoutes } from "./routes/outbox.ts";
import { partnerRoutes, productRoutes } from "./routes/partners-products.ts";
import { pipelineRoutes } from "./routes/pipelines.ts";
import { planRoutes } from "./routes/plans.ts";
import { playbookRoutes } from "./routes/playbooks.ts";
import { priceDeviationRoutes } from "./routes/price-deviation-report.ts";
import { pricingRoutes } from "./routes/pricing.ts";
import { programLinkRoutes } from "./routes/program-links.ts";
import { programRoutes } from "./routes/programs.ts";
import { proposalRoutes } from "./routes/proposals.ts";
import { publicEmailRoutes } from "./routes/public-email.ts";
import { publicLinkRoutes } from "./routes/public-links.ts";
import { publicProposalRoutes } from "./routes/public-proposals.ts";
import { quotaRoutes } from "./routes/quotas.ts";
import { reportRoutes } from "./routes/reports.ts";
import { salesReportRoutes } from "./routes/sales-reports.ts";
import { settingsRoutes } from "./routes/settings.ts";
import { taskRoutes } from "./routes/tasks.ts";
import { touchpointRoutes } from "./routes/touchpoints.ts";
import { userRoutes } from "./routes/users.ts";
import { webhookRoutes } from "./routes/webhooks.ts";

export interface AppOptions {
  /** The built web app (web/dist); omitted in API-only tests. */
  webDist?: string;
  log?: (message: string) => void;
  /** Addresses and CIDR ranges of TLS-terminating proxies in front of Baton (BATON_TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function createApp(deps: Deps, options: AppOptions = {}) {
  installPlainValidationMessages();
  const log = options.log ?? ((m: string) => console.error(m));
  const defaultHook = (result: { success: boolean; error?: unknown }) => {
    if (!result.success) throw validationError(result.error as never);
  };
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  app.onError((err, c) => handleError(err, c, log));
  const trustedProxies = options.trustedProxies?.length ? trustedProxyList(options.trustedProxies) : null;
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("trustedProxies", trustedProxies);
    await next();
  });
  app.use("*", securityHeaders());

  const api = new OpenAPIHono<AppEnv>({ defaultHook });
  api.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody("payload_too_large", "The request body is larger than 8 MB."), 413),
    }),
  );
  api.use("*", jsonBodies());
  // An invitation's token travels in the body: these count per address only.
  api.use("/auth/invitation", publicRateLimit({ linkInPath: false }));
  api.use("/auth/invitation/*", publicRateLimit({ linkInPath: false }));
  api.route("/", loginRoutes);
  api.route("/", meRoutes);
  api.route("/", invitationRoutes);
  api.use("*", authenticate(), idempotency());
  for (const routes of [
    contactRoutes,
    auditRoutes,
    touchpointRoutes,
    companyRoutes,
    programRoutes,
    reportRoutes,
    attributionRoutes,
    effectivenessRoutes,
    feedbackReportRoutes,
    priceDeviationRoutes,
    planRoutes,
    salesReportRoutes,
    programLinkRoutes,
    settingsRoutes,
    dealRoutes,
    proposalRoutes,
    handoffRoutes,
    competitionRoutes,
    pipelineRoutes,
    quotaRoutes,
    productRoutes,
    pricingRoutes,
    partnerRoutes,
    taskRoutes,
    playbookRoutes,
    emailTemplateRoutes,
    outboxRoutes,
    consentRoutes,
    userRoutes,
    accountRoutes,
    webhookRoutes,
  ]) {
    api.route("/", routes);
  }
  app.route("/api/v1", api);
  for (const publicPath of ["/u/*", "/t/*", "/l/*", "/p/*"])
    app.use(publicPath, publicRateLimit({ linkInPath: true }));
  // Unsubscribe, open pixel and click redirect: public, no session, signed tokens only.
  app.route("/", publicEmailRoutes);
  // Tracked links' short URLs: public, the stored target only.
  app.route("/", publicLinkRoutes);
  // A proposal's page, PDF, accept and decline: public, the signed link only.
  app.route("/", publicProposalRoutes);
  mountApiDocs(app);
  app.all("/api/*", (c) =>
    c.json(errorBody("not_found", `No API route ${c.req.method} ${c.req.path}.`), 404),
  );

  if (options.webDist && existsSync(options.webDist)) {
    const root = path.relative(process.cwd(), options.webDist);
    app.use("/assets/*", serveStatic({ root }));
    app.use("*", serveStatic({ root }));
    // Client-side routes (/contacts/…, /settings/…) all load the single-page app.
    app.get("*", serveStatic({ root, path: "index.html" }));
  }
  return app;
}
