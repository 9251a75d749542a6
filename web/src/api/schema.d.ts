// Generated from the Baton API's OpenAPI document by `npm run api:types`. Do not edit:
// change the route or its schema under src/http, then run the script again.

/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = T | U extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only]
  ? Only
  : T extends [infer A, infer B, ...infer Rest]
    ? OneOf<[XOR<A, B>, ...Rest]>
    : never;

export interface paths {
  "/api/v1/auth/login": {
    /** Log in with email and password; sets an HttpOnly session cookie */
    post: operations["logIn"];
  };
  "/api/v1/auth/logout": {
    /**
     * Log out
     * @description Ends the cookie session. Needs the X-Baton-Client header, like every cookie-authenticated write, so a form on another page cannot log anyone out.
     */
    post: operations["logOut"];
  };
  "/api/v1/auth/me": {
    /** Who is logged in */
    get: operations["getMe"];
  };
  "/api/v1/auth/invitation": {
    /** Who an invitation link invites (the page greets them before they choose a password) */
    post: operations["readInvitation"];
  };
  "/api/v1/auth/invitation/accept": {
    /** Choose a password with an invitation link; logs in (sets the session cookie). The link works once */
    post: operations["acceptInvitation"];
  };
  "/api/v1/contacts": {
    /**
     * List contacts
     * @description Filters combine with AND. `sort` picks the order (newest first, name A–Z, last touch); without it, a `temperature` column read now is ordered by engagement (highest first; in the cold column the never-touched follow the positive scores, the negative ones come last), anything else newest first. Every order pages by a keyset cursor.
     */
    get: operations["listContacts"];
    /**
     * Create a contact
     * @description Emails are unique per workspace, case-insensitively. A new contact starts as a `prospect` unless `stage` says otherwise. A partner registering an email the workspace already holds outside its organisation gets 202 `under_review` — never whose it is — and the admins are notified.
     */
    post: operations["createContact"];
  };
  "/api/v1/contacts/temperature-counts": {
    /** Count contacts per temperature (the lead board's column headers) */
    get: operations["countContactsByTemperature"];
  };
  "/api/v1/contacts/bulk-assign": {
    /**
     * Give many contacts one owner
     * @description Up to 500 contacts in one transaction, all or nothing: an unknown contact (404, `details.missing`) or owner (422) changes nothing. `ownerId: null` leaves them unassigned. Staff only; partners are refused (403).
     */
    post: operations["bulkAssignContacts"];
  };
  "/api/v1/contacts/{id}": {
    /** Read a contact */
    get: operations["getContact"];
    /** Delete a contact with its touchpoints */
    delete: operations["deleteContact"];
    /**
     * Update a contact
     * @description Only the fields sent change. A stage change is recorded in the stage history with `stageReason`.
     */
    patch: operations["updateContact"];
  };
  "/api/v1/contacts/{id}/erase": {
    /**
     * Erase a contact's personal data everywhere (GDPR; admins)
     * @description In one transaction: deletes the contact with their timeline, scores, stage history, tasks, hand-offs, enrolments, consents, outbox messages and proposals; keeps their deals (for revenue) without the person; deletes notifications and stored Idempotency-Key replies that name them; replaces any suppression of the address by a SHA-256 hash so the address is never mailed again. Records `contact.erased` in the audit log without personal data. `confirmEmail` must match the contact's address.
     */
    post: operations["eraseContact"];
  };
  "/api/v1/contacts/{id}/timeline": {
    /** A contact's touchpoints from both sides, newest first */
    get: operations["getContactTimeline"];
  };
  "/api/v1/contacts/{id}/stages": {
    /**
     * A contact's stage history, oldest first
     * @description Every transition: from (null at creation), to, when it happened in the contact's life, and its cause — a touchpoint (a prospect's first inbound response), a deal, a hand-off, or a user by hand.
     */
    get: operations["listContactStages"];
  };
  "/api/v1/contacts/{id}/score": {
    /** Engagement, temperature and its explanation at an instant */
    get: operations["getContactScore"];
  };
  "/api/v1/audit-events": {
    /**
     * The audit log, newest first (admins)
     * @description Append-only record of user, role and API key changes, deletions and GDPR erasures, settings changes, suppression list changes and CSV exports. Filter by action, actor, target and time; page with nextCursor.
     */
    get: operations["listAuditEvents"];
  };
  "/api/v1/touchpoints": {
    /**
     * Record one touchpoint
     * @description Writes the touchpoint and updates the contact's temperature (and stage: a prospect's first inbound response makes it a lead) in one transaction. Any problem is a 4xx and nothing is written.
     */
    post: operations["recordTouchpoint"];
  };
  "/api/v1/touchpoints/batch": {
    /**
     * Record up to 1000 touchpoints
     * @description **Whole-batch errors** (nothing is written): malformed JSON, a body that is not `{ items: [...] }`, more than 1000 items, or any item with wrong types, unknown fields or an invalid value — answered 400 with every problem listed in `details.issues` (paths like `items.3.email`).  **Per-item errors** (the other items are written): an unknown contact, program or user, or an `occurredAt` more than 5 minutes in the future. Each item gets a result in `results[index]`: `created`, `duplicate` (its `externalId` was recorded before) or `error` with a code and message. All written items and their contacts' temperatures commit in one transaction.  Items without `programId` get the program whose `utmCampaign` key equals their `properties.utm_campaign` (resolved once for the whole batch), as for a single touchpoint.
     */
    post: operations["recordTouchpoints"];
  };
  "/api/v1/companies": {
    /** List companys */
    get: operations["listCompanies"];
    /** Create a company */
    post: operations["createCompany"];
  };
  "/api/v1/companies/{id}": {
    /** Read a company */
    get: operations["getCompany"];
    /** Delete a company */
    delete: operations["deleteCompany"];
    /**
     * Update a company
     * @description Only the fields sent change.
     */
    patch: operations["updateCompany"];
  };
  "/api/v1/companies/{id}/timeline": {
    /** The touchpoints of all the company's contacts, newest first */
    get: operations["getCompanyTimeline"];
  };
  "/api/v1/programs": {
    /**
     * List programs with their figures, newest first
     * @description Archived programs are left out unless `includeArchived=true`.
     */
    get: operations["listPrograms"];
    /** Create a program (marketing and admins) */
    post: operations["createProgram"];
  };
  "/api/v1/programs/{id}": {
    /** Read a program with its figures */
    get: operations["getProgram"];
    /**
     * Delete a program that never touched anyone (marketing and admins)
     * @description Its cost lines and tracked links (with their click counts) are deleted with it. A program with touchpoints — it touched contacts or made leads — cannot be deleted (409); archive it instead.
     */
    delete: operations["deleteProgram"];
    /**
     * Update, archive or restore a program (marketing and admins)
     * @description Only the fields sent change. `archived: true` archives it, `false` restores it.
     */
    patch: operations["updateProgram"];
  };
  "/api/v1/programs/{id}/costs": {
    /** A program's dated cost lines, latest first */
    get: operations["listProgramCosts"];
    /**
     * Enter a dated cost line (marketing and admins)
     * @description A line is in the program's currency; a period's cost is the sum of the lines dated inside it.
     */
    post: operations["addProgramCost"];
  };
  "/api/v1/programs/{id}/costs/{costId}": {
    /** Remove a cost line (marketing and admins) */
    delete: operations["removeProgramCost"];
  };
  "/api/v1/reports/program-scorecard": {
    /**
     * Program scorecard: reach, leads and what became of them, cost, cost per lead, ROI
     * @description Per program (or channel) for a period of inclusive UTC days, the last 90 days by default. The response's `definitions` say exactly how each figure is made. A row with no program and no channel holds the leads no program made (only without filters).
     */
    get: operations["getProgramScorecard"];
  };
  "/api/v1/reports/program-series": {
    /**
     * One program over time: reach, leads and cost per week or month
     * @description Weeks start on Monday; each bucket is clipped to the period (inclusive UTC days, the last 90 by default) and named by its first day in it. Reach counts distinct contacts within the bucket.
     */
    get: operations["getProgramSeries"];
  };
  "/api/v1/reports/funnel": {
    /**
     * Funnel: cohorts of leads by month, conversion per stage, time in stage, deal stages
     * @description Leads made in the period (inclusive UTC days, the last 90 by default), grouped by the month they became leads; `definitions` says how each figure is made. Filters: the program or channel that made the lead, the contact's owner. The CSV holds the cohort table.
     */
    get: operations["getFunnel"];
  };
  "/api/v1/reports/attribution": {
    /**
     * Attribution: the revenue of deals won in the period, credited to programs under each model
     * @description Per program (or channel), each model's credits of the deals won in the period (inclusive UTC days, the last 90 by default) in one currency. `unattributed` is what no touch earned (deals without touches, lead creation without a lead-creation touch); null with a channel filter. The `definitions` say how each model shares a deal.
     */
    get: operations["getAttribution"];
  };
  "/api/v1/deals/{id}/attribution": {
    /** One won deal's credits, touch by touch, under every model */
    get: operations["getDealAttribution"];
  };
  "/api/v1/settings/attribution": {
    /** Attribution settings: time decay's half-life and whether a deal's buying group counts */
    get: operations["getAttributionSettings"];
    /**
     * Change the attribution settings and recompute every won deal's credits
     * @description In one transaction; `recomputedDeals` counts them. Admin and marketing only.
     */
    put: operations["updateAttributionSettings"];
  };
  "/api/v1/reports/source-effectiveness": {
    /**
     * Source effectiveness: P(customer | lead), revenue per lead and per unit of cost, each with its 95 % interval
     * @description Per program (or channel), for the leads made in the period (inclusive UTC days, the last 90 by default): what they have become since. The `definitions` say how each interval is made.
     */
    get: operations["getSourceEffectiveness"];
  };
  "/api/v1/reports/budget-advice": {
    /**
     * Budget advice: where moving spend would buy more customers, by how many, and how sure that is
     * @description From each channel's (or program's) leads, customers and spend in the period — by default the last 12 whole months — whether to move spend from the weakest source to the strongest, the expected change in customers with its 90 % interval, or `not_enough_data` and about how many more leads would settle it. Sources under `minLeads` leads or without cost are listed in `excluded`, never judged. `reasoning` says how it was reached.
     */
    get: operations["getBudgetAdvice"];
  };
  "/api/v1/reports/sales-feedback": {
    /**
     * What sales heard: recycle reasons, objections and loss reasons of each program's leads
     * @description Per program, for the leads it made in the period (inclusive UTC days, the last 90 by default), what sales reported back: why hand-offs were recycled, the objections raised in their deals (and how many were overcome), and why deals were lost; loudest first.
     */
    get: operations["getSalesFeedback"];
  };
  "/api/v1/reports/reverse-funnel": {
    /**
     * Reverse funnel: from the period's quotas back to the won deals, opportunities, sales-ready leads and leads needed
     * @description At the rates of the last 12 whole months, each with its 95 % interval (the `range` of each tier), and whether the plan's lead target for the period covers the leads needed. `programs`: the same for each program that made leads in those months, at its own rates, against its plan's (else its channel's) lead target. Default: this quarter, the quotas' main currency.
     */
    get: operations["getReverseFunnel"];
  };
  "/api/v1/reports/handoffs": {
    /**
     * Hand-offs: time to the owner's first touch against the SLA, acceptance, recycling and why, leads that cooled waiting
     * @description Per owner (default) or per the program that made the lead, for hand-offs in the period (inclusive UTC days, the last 90 by default).
     */
    get: operations["getHandoffReport"];
  };
  "/api/v1/reports/price-deviation": {
    /**
     * Price deviations: discounts and give-aways of won deals against policy, approvals and time to decide, deals won outside policy
     * @description Per owner (default), sales channel (the price book's) or registering partner, for deals won in the period (inclusive UTC days, the last 90 by default) in one currency (by default the one most deals use). `outsidePolicyDeals` lists up to 200 won deals that today's policy flags with no approval for their exact lines; the figures count them all.
     */
    get: operations["getPriceDeviationReport"];
  };
  "/api/v1/plans": {
    /** Marketing plans, each against its actual */
    get: operations["listPlans"];
    /** Set a plan for a month or quarter: the whole workspace, one channel or one program */
    post: operations["createPlan"];
  };
  "/api/v1/plans/{id}": {
    /** One plan against its actual */
    get: operations["getPlan"];
    /** Remove a plan */
    delete: operations["deletePlan"];
    /** Change a plan's targets (null clears one) */
    patch: operations["updatePlan"];
  };
  "/api/v1/reports/sales-conversion": {
    /**
     * Sales conversion per rep and team: hand-offs, speed to first touch, win rate, cycle, quota, activities
     * @description For a period of inclusive UTC days (the last 90 by default); `definitions` says how each figure is made. Money in one currency (by default the one most deals use).
     */
    get: operations["getSalesConversion"];
  };
  "/api/v1/reports/touches-to-close": {
    /**
     * Touches to close: touches before the win per customer, by side and by channel of first touch
     * @description Customers won in the period (inclusive UTC days, the last 90 by default): the distribution of their touches before the win, a histogram, and the share within the rule of thumb (8). The CSV holds the per-channel table.
     */
    get: operations["getTouchesToClose"];
  };
  "/api/v1/programs/{id}/links": {
    /**
     * A program's tracked links, newest first, with their click counts
     * @description Archived links are included (`archived: true`): they keep redirecting.
     */
    get: operations["listProgramLinks"];
    /**
     * Mint a tracked link for a program (admins and marketing)
     * @description Draws a short code unique across the installation. The short URL redirects to `trackedUrl` and counts each click.
     */
    post: operations["createProgramLink"];
  };
  "/api/v1/programs/{id}/links/{linkId}/archive": {
    /**
     * Archive a tracked link (admins and marketing)
     * @description The link leaves the list's default view; its short URL keeps redirecting and counting.
     */
    post: operations["archiveProgramLink"];
  };
  "/api/v1/programs/{id}/links/{linkId}/personal-url": {
    /**
     * The link's short URL personalised for one contact
     * @description `/l/{code}?c={token}`, where the token is signed with the workspace's key and names the contact and this link. A click on it records a `link_click` touchpoint for the contact, attributed to the program (a prospect's click makes it a lead). Computed, not stored: the same contact always gets the same URL.
     */
    get: operations["getPersonalLinkUrl"];
  };
  "/api/v1/settings/scoring": {
    /** Temperature settings: weights per touchpoint kind, half-life and thresholds */
    get: operations["getScoringSettings"];
    /**
     * Change the temperature settings and rescore every contact
     * @description Kinds left out of `weights` keep their weight. Every contact is rescored in the same transaction; `rescored` counts them. Admin and marketing only.
     */
    put: operations["updateScoringSettings"];
  };
  "/api/v1/meta/touchpoint-kinds": {
    /** The touchpoint kinds, their default side and default weight */
    get: operations["listTouchpointKinds"];
  };
  "/api/v1/pipelines": {
    /** Pipelines with their stages, and the workspace's loss reasons */
    get: operations["listPipelines"];
    /**
     * Create a pipeline with its ordered stages (admins)
     * @description Stages need at least one open stage, exactly one won and exactly one lost stage, and unique keys. Pipeline names are unique regardless of case.
     */
    post: operations["createPipeline"];
  };
  "/api/v1/pipelines/board": {
    /** The pipeline board: each stage with its deal count, totals per currency and the weighted forecast */
    get: operations["getPipelineBoard"];
  };
  "/api/v1/deals": {
    /** List deals */
    get: operations["listDeals"];
    /**
     * Open a deal for a contact
     * @description Amounts are integer minor units. The deal starts in the pipeline's first open stage unless `stage` names another open one. Admin and sales.
     */
    post: operations["createDeal"];
  };
  "/api/v1/deals/{id}": {
    /** Read a deal with its line items, price-policy status and approvals */
    get: operations["getDeal"];
    /** Delete a deal (admins) */
    delete: operations["deleteDeal"];
    /**
     * Change a deal's name, owner, amount or expected close date
     * @description A deal with line items takes its amount and currency from them: changing either is a 409.
     */
    patch: operations["updateDeal"];
  };
  "/api/v1/deals/{id}/move": {
    /**
     * Move a deal to another stage of its pipeline
     * @description A stage of another pipeline is a 400. Losing needs `lossReasonId` (400 without). Winning makes the contact a customer; a deal outside the discount policy is won only once an approval covers its exact line items (409 otherwise). A won or lost deal moves back only with `reopen: true` (409 otherwise).
     */
    post: operations["moveDeal"];
  };
  "/api/v1/deals/{id}/proposals": {
    /** A deal's proposals and estimates, newest first */
    get: operations["listDealProposals"];
    /**
     * Make a proposal or estimate (a draft) from the deal's line items
     * @description Copies the deal's line items as they are now: the draft, and the offer once sent, keep these lines whatever the deal's lines become. `validUntil` is the last day the prospect may accept, in the workspace's time zone (default: 30 days from today). Admin, sales and partner users, on deals they may see.
     */
    post: operations["createProposal"];
  };
  "/api/v1/proposals": {
    /**
     * Proposals and estimates across the deals the reader may see, newest first
     * @description `status=sent` lists the offers still open to accept; `expired` the sent ones past their last day (in the workspace's time zone). `mine=true` keeps the deals the reader owns.
     */
    get: operations["listProposals"];
  };
  "/api/v1/proposals/{id}": {
    /** One proposal, with what the prospect did with it and its public link once sent */
    get: operations["getProposal"];
  };
  "/api/v1/proposals/{id}/pdf": {
    /** The proposal as a PDF (a draft is marked as one) */
    get: operations["getProposalPdf"];
  };
  "/api/v1/proposals/{id}/send": {
    /**
     * Send a draft: its public link starts working
     * @description Refused (409) when the offer's lines are outside the price policy and no approval covers exactly those lines, as for winning the deal. Sending withdraws the deal's other sent offers. Baton does not email the link: the answer's `publicUrl` is for the rep to send.
     */
    post: operations["sendProposal"];
  };
  "/api/v1/proposals/{id}/withdraw": {
    /** Withdraw a draft or a sent offer: its public link stops working at once */
    post: operations["withdrawProposal"];
  };
  "/api/v1/handoffs": {
    /** The hand-off inbox (a sales user sees the leads handed to them) */
    get: operations["listHandoffs"];
  };
  "/api/v1/handoffs/{id}/accept": {
    /** Accept a lead handed to you: it becomes in_sales */
    post: operations["acceptHandoff"];
  };
  "/api/v1/handoffs/{id}/recycle": {
    /**
     * Hand a lead back to marketing with a reason
     * @description Reasons: not_ready, no_budget, bad_timing, bad_fit, no_response. The lead becomes `recycled` and is not handed over again before the cool-down ends.
     */
    post: operations["recycleHandoff"];
  };
  "/api/v1/handoff-settings": {
    /** When a lead is sales-ready, the SLA, business hours, cool-down and assignment rules */
    get: operations["getHandoffSettings"];
    /** Set the hand-off rule, SLA, business hours, cool-down and assignment rules (admin, marketing) */
    put: operations["updateHandoffSettings"];
  };
  "/api/v1/me/notifications": {
    /** Your latest notifications */
    get: operations["listMyNotifications"];
  };
  "/api/v1/me/notifications/read": {
    /** Mark notifications read (all of yours without ids) */
    post: operations["markNotificationsRead"];
  };
  "/api/v1/competitors": {
    /** List competitors */
    get: operations["listCompetitors"];
    /** Create a competitor */
    post: operations["createCompetitor"];
  };
  "/api/v1/competitors/{id}": {
    /** Read a competitor */
    get: operations["getCompetitor"];
    /** Delete a competitor */
    delete: operations["deleteCompetitor"];
    /**
     * Update a competitor
     * @description Only the fields sent change.
     */
    patch: operations["updateCompetitor"];
  };
  "/api/v1/competitors/{id}/deals": {
    /** The deals that named a competitor, newest first */
    get: operations["listCompetitorDeals"];
  };
  "/api/v1/objection-types": {
    /**
     * The workspace's list of common objections
     * @description A workspace without any gets a default list on first read.
     */
    get: operations["listObjectionTypes"];
    /** Add an objection type (admin, marketing) */
    post: operations["createObjectionType"];
  };
  "/api/v1/objection-types/{id}": {
    /**
     * Delete an objection type (admin, marketing)
     * @description Refused with 409 while deal objections use it.
     */
    delete: operations["deleteObjectionType"];
  };
  "/api/v1/deals/{id}/competitors": {
    /** The competitors a deal met, with their battlecards */
    get: operations["listDealCompetitors"];
    /**
     * Replace the competitors a deal met
     * @description The list replaces the deal's set (an empty list clears it). An unknown competitor id is a 422 and changes nothing. Admin, sales, and partner users for their own deals.
     */
    put: operations["replaceDealCompetitors"];
  };
  "/api/v1/deals/{id}/objections": {
    /** The objections raised in a deal, oldest first */
    get: operations["listDealObjections"];
    /**
     * Record an objection raised in a deal
     * @description A type from the workspace's list, a free text, or both (400 with neither).
     */
    post: operations["createDealObjection"];
  };
  "/api/v1/deal-objections/{id}": {
    /** Delete an objection */
    delete: operations["deleteDealObjection"];
    /** Mark an objection overcome (or not), or change its text */
    patch: operations["updateDealObjection"];
  };
  "/api/v1/pipelines/{id}": {
    /**
     * Rename a pipeline and/or replace its ordered stage list (admins)
     * @description `stages` is the full ordered list. Removing a stage, changing its key or changing its outcome while deals are in it is refused with 409 and nothing changes: move the deals first.
     */
    patch: operations["updatePipeline"];
  };
  "/api/v1/loss-reasons": {
    /** Add a loss reason (admins) */
    post: operations["createLossReason"];
  };
  "/api/v1/loss-reasons/{id}": {
    /**
     * Delete a loss reason no deal uses (admins)
     * @description Refused with 409 while deals keep it as their loss reason, or when it is the last one.
     */
    delete: operations["deleteLossReason"];
  };
  "/api/v1/quotas": {
    /**
     * Set a sales user's quota for a month or a quarter (admins)
     * @description `startsOn` is the period's first day (a quarter starts on January, April, July or October 1). Setting it again replaces the target.
     */
    put: operations["setQuota"];
  };
  "/api/v1/quotas/leaderboard": {
    /**
     * Quota attainment of every rep for a period, best first
     * @description Attainment counts the rep's deals won (closed in the pipeline's won stage) within the period, in the quota's currency.
     */
    get: operations["getQuotaLeaderboard"];
  };
  "/api/v1/products": {
    /** List products */
    get: operations["listProducts"];
    /** Create a product */
    post: operations["createProduct"];
  };
  "/api/v1/products/{id}": {
    /** Read a product */
    get: operations["getProduct"];
    /** Delete a product */
    delete: operations["deleteProduct"];
    /**
     * Update a product
     * @description Only the fields sent change.
     */
    patch: operations["updateProduct"];
  };
  "/api/v1/price-books": {
    /** Price books (a partner user sees its own and its channel's) */
    get: operations["listPriceBooks"];
    /** Create a price book for a channel (admin, marketing) */
    post: operations["createPriceBook"];
  };
  "/api/v1/price-books/{id}": {
    /** Read a price book with its prices */
    get: operations["getPriceBook"];
    /** Delete a price book no deal is priced from (admin, marketing) */
    delete: operations["deletePriceBook"];
    /**
     * Rename a price book or replace its prices (admin, marketing)
     * @description Deals keep the list prices they were priced with.
     */
    patch: operations["updatePriceBook"];
  };
  "/api/v1/discount-policy": {
    /** The discount policy: maximum discount by role and channel, give-aways allowed or not */
    get: operations["getDiscountPolicy"];
    /**
     * Set the discount policy (admin, marketing)
     * @description Limits are basis points (100 = 1 %). The strictest of the seller's role limit and the channel limit applies; either falls back to `defaultMaxDiscountBp`.
     */
    put: operations["updateDiscountPolicy"];
  };
  "/api/v1/deals/{id}/line-items": {
    /**
     * Replace a deal's line items, priced from a price book
     * @description The book's currency must be the deal's (400 otherwise). Each product must be in the book (422). `unitPriceMinor` defaults to the book's price; `giveaway: true` charges nothing and shows the line's list value as given away. The deal's amount becomes the net total; a pending approval for other lines is superseded.
     */
    put: operations["replaceDealLineItems"];
  };
  "/api/v1/deals/{id}/approvals": {
    /**
     * Ask for the deal's deviations from the discount policy to be approved
     * @description 409 when the deal is within policy, already approved as priced, or already waiting.
     */
    post: operations["requestDealApproval"];
  };
  "/api/v1/approvals": {
    /** Approval requests, newest first (a sales rep sees those on their own deals) */
    get: operations["listApprovals"];
  };
  "/api/v1/approvals/{id}/decision": {
    /** Approve or reject a waiting request (admin, marketing; never the person who asked) */
    post: operations["decideApproval"];
  };
  "/api/v1/partners": {
    /** List partners */
    get: operations["listPartners"];
    /** Create a partner */
    post: operations["createPartner"];
  };
  "/api/v1/partners/{id}": {
    /** Read a partner */
    get: operations["getPartner"];
    /** Delete a partner */
    delete: operations["deletePartner"];
    /**
     * Update a partner
     * @description Only the fields sent change.
     */
    patch: operations["updatePartner"];
  };
  "/api/v1/tasks": {
    /** Plan a sales task (call, meeting, presentation, proposal, …) for a contact */
    post: operations["createTask"];
  };
  "/api/v1/tasks/{id}/complete": {
    /** Complete a task: logs the matching sales touchpoint on the contact's timeline */
    post: operations["completeTask"];
  };
  "/api/v1/me/day": {
    /**
     * My day: overdue tasks, tasks due today (UTC), and my hot contacts without a next step
     * @description Each list holds at most 100 tasks (the most pressing); the counts cover all of them.
     */
    get: operations["getMyDay"];
  };
  "/api/v1/contacts/{id}/tasks": {
    /** A contact's open tasks (soonest due first) and its 20 latest completed tasks */
    get: operations["listContactTasks"];
  };
  "/api/v1/playbooks": {
    /** Playbooks: per tier (cold, warm, hot), then one-to-one sequences, with their live steps */
    get: operations["listPlaybooks"];
    /**
     * Create a playbook (or a one-to-one sequence, tier null) with its ordered steps
     * @description A step's channel must fit its side: call, meeting, presentation and proposal tasks are sales; direct mail and ad audience export are marketing; email is either. Email steps name a template of the workspace. Delays run from 0 to 525,600 minutes. Admins and marketing edit every playbook; sales users create and edit one-to-one sales sequences only.
     */
    post: operations["createPlaybook"];
  };
  "/api/v1/playbooks/{id}": {
    /** One playbook with its live steps */
    get: operations["getPlaybook"];
    /**
     * Replace a playbook and its ordered step list
     * @description Steps sent with their id are updated in place (and moved to their new position); steps left out are retired — enrolment history keeps pointing at them; steps without an id are added. Each running enrolment stays on the step it was about to run. Deactivating the playbook ends its enrolments (`removed`); moving it to another tier ends them with `tier_changed`.
     */
    put: operations["replacePlaybook"];
    /** Delete a playbook that never enrolled anyone (409 otherwise: deactivate it instead) */
    delete: operations["deletePlaybook"];
  };
  "/api/v1/playbooks/{id}/audience.csv": {
    /**
     * The ad audience: contacts currently at the playbook's ad audience export step, as CSV
     * @description Active enrolments whose last step run was an ad audience export (optionally one `stepId`), with marketing consent, not suppressed and not owned by sales. Columns: email, first_name, last_name, phone, country, step_id, joined_at.
     */
    get: operations["exportPlaybookAudience"];
  };
  "/api/v1/enrolments": {
    /** Enrolments, newest first, by contact, playbook and/or status */
    get: operations["listEnrolments"];
  };
  "/api/v1/enrolments/{id}/events": {
    /** What happened in one enrolment, oldest first */
    get: operations["listEnrolmentEvents"];
  };
  "/api/v1/sequences/{id}/enrolments": {
    /**
     * Enrol a contact in a one-to-one sequence
     * @description Refused with 409 for a sales sequence while the contact is a prospect, lead or recycled (not ready for sales) unless `override.reason` is given; the override is recorded with the user and lets the sequence's sales steps run for this enrolment. Also 409 for a tier playbook, an inactive sequence, a customer or disqualified contact, or a contact already in the sequence.
     */
    post: operations["enrolInSequence"];
  };
  "/api/v1/enrolments/{id}/exit": {
    /** Take a contact out of a playbook or sequence (exit reason `removed`) */
    post: operations["exitEnrolment"];
  };
  "/api/v1/email-templates": {
    /** Email templates */
    get: operations["listEmailTemplates"];
    /**
     * Create an email template (admin, marketing)
     * @description Plain text with merge fields: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{company}}, {{title}}, {{unsubscribeUrl}}. Other fields, a stray {{ and a subject with a line break are refused. The HTML part is derived: escaped, paragraphs from blank lines, http(s) URLs as tracked links. Marketing templates without {{unsubscribeUrl}} get an unsubscribe line appended.
     */
    post: operations["createEmailTemplate"];
  };
  "/api/v1/email-templates/{id}": {
    /** Read an email template */
    get: operations["getEmailTemplate"];
    /** Delete an email template no newsletter used (admin, marketing) */
    delete: operations["deleteEmailTemplate"];
    /**
     * Change an email template (admin, marketing)
     * @description Plain text with merge fields: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{company}}, {{title}}, {{unsubscribeUrl}}. Other fields, a stray {{ and a subject with a line break are refused. The HTML part is derived: escaped, paragraphs from blank lines, http(s) URLs as tracked links. Marketing templates without {{unsubscribeUrl}} get an unsubscribe line appended. Messages already queued keep what they were rendered with.
     */
    patch: operations["updateEmailTemplate"];
  };
  "/api/v1/email-settings": {
    /** How the workspace sends email (admin); the SMTP password is never returned */
    get: operations["getEmailSettings"];
    /**
     * Set the SMTP server, sender, sending window and rate limit (admin)
     * @description smtp.password is write-only: leave it out to keep the stored one, send null to remove it. A sender name with a line break is refused.
     */
    put: operations["updateEmailSettings"];
  };
  "/api/v1/outbox": {
    /** Messages sent, waiting or skipped, newest first */
    get: operations["listOutboxMessages"];
  };
  "/api/v1/outbox/{id}": {
    /** One message with its text and HTML parts */
    get: operations["getOutboxMessage"];
  };
  "/api/v1/emails/broadcasts": {
    /** Newsletters, newest first */
    get: operations["listBroadcasts"];
    /**
     * Send a newsletter: queue a marketing template to every matching contact (admin, marketing)
     * @description Contacts sales owns (sales_ready, in_sales), suppressed addresses and contacts without marketing consent get a skipped message with the reason. One message per (newsletter, contact).
     */
    post: operations["createBroadcast"];
  };
  "/api/v1/emails/broadcasts/{id}": {
    /** One newsletter with its counts */
    get: operations["getBroadcast"];
  };
  "/api/v1/contacts/{id}/consents": {
    /** A contact's consent history and current marketing consent */
    get: operations["listContactConsents"];
    /**
     * Record consent given or withdrawn (source, the words shown, when)
     * @description Marketing mail goes only to contacts whose latest marketing consent is granted.
     */
    post: operations["createContactConsent"];
  };
  "/api/v1/suppressions": {
    /** The suppression list, newest first (admin, marketing) */
    get: operations["listSuppressions"];
    /** Suppress an address (admin, marketing) */
    post: operations["createSuppression"];
  };
  "/api/v1/suppressions/{email}": {
    /** Take an address off the suppression list (admin, marketing) */
    delete: operations["deleteSuppression"];
  };
  "/api/v1/users": {
    /** The workspace's users, with their status (staff) */
    get: operations["listUsers"];
  };
  "/api/v1/users/invitations": {
    /**
     * Invite a user by email; answers the one-time link to pass on (admins)
     * @description The user exists at once, with status `invited` and no password. The link (`<public URL>/invite/<token>`) lets them choose a password and works once, for 7 days; Baton keeps only the token's hash, so the link is in this answer only. When the workspace sends through SMTP, the invitation is also emailed (`emailedTo`), or `emailProblem` says why not. A partner user needs `partnerId`. An email already in the workspace is a 409.
     */
    post: operations["inviteUser"];
  };
  "/api/v1/users/{id}/invitation": {
    /** A new invitation link for a user who has not accepted yet; the old link stops working (admins) */
    post: operations["resendInvitation"];
  };
  "/api/v1/users/{id}": {
    /**
     * Rename a user or change their role (admins)
     * @description Making someone a partner user needs `partnerId`; a partner user who becomes staff leaves their organisation. The workspace's last active admin cannot be given another role (409).
     */
    patch: operations["updateUser"];
  };
  "/api/v1/users/{id}/deactivate": {
    /**
     * Deactivate a user: their sessions end and their API keys are revoked at once (admins)
     * @description The workspace's last active admin cannot be deactivated (409). Deactivating twice changes nothing.
     */
    post: operations["deactivateUser"];
  };
  "/api/v1/users/{id}/reactivate": {
    /** Let a deactivated user log in again (admins); their old API keys stay revoked */
    post: operations["reactivateUser"];
  };
  "/api/v1/me/password": {
    /** Change my password; my other sessions end, this one stays */
    post: operations["changeMyPassword"];
  };
  "/api/v1/api-keys": {
    /** My API keys, newest first; with `everyone=true` every user's (admins) */
    get: operations["listApiKeys"];
    /** Create an API key acting as me; the key is in this answer only */
    post: operations["createApiKey"];
  };
  "/api/v1/api-keys/{id}/revoke": {
    /** Revoke an API key (mine; admins any): the next request with it is refused */
    post: operations["revokeApiKey"];
  };
  "/api/v1/webhooks": {
    /**
     * The workspace's webhook subscriptions
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
     */
    get: operations["listWebhooks"];
    /**
     * Subscribe a URL to events
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. The answer holds the signing secret, shown this once.
     */
    post: operations["createWebhook"];
  };
  "/api/v1/webhooks/{id}": {
    /**
     * One webhook subscription
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
     */
    get: operations["getWebhook"];
    /**
     * Delete a subscription and its deliveries
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
     */
    delete: operations["deleteWebhook"];
    /**
     * Change a subscription's URL, events, description or switch it on or off
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
     */
    patch: operations["updateWebhook"];
  };
  "/api/v1/webhooks/{id}/rotate-secret": {
    /**
     * Replace the signing secret
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Deliveries attempted from now on are signed with the new secret, returned this once.
     */
    post: operations["rotateWebhookSecret"];
  };
  "/api/v1/webhooks/{id}/test": {
    /**
     * Send a test delivery (`webhook.ping`)
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Queued like any delivery and sent within seconds; follow it in the deliveries list.
     */
    post: operations["testWebhook"];
  };
  "/api/v1/webhook-deliveries": {
    /**
     * Webhook deliveries, newest first
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Filter by `status` (e.g. `dead`: the dead letters) or `subscriptionId`.
     */
    get: operations["listWebhookDeliveries"];
  };
  "/api/v1/webhook-deliveries/{id}": {
    /**
     * One webhook delivery
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
     */
    get: operations["getWebhookDelivery"];
  };
  "/api/v1/webhook-deliveries/{id}/replay": {
    /**
     * Replay a failed or dead delivery
     * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. It starts its retry schedule again, due now, with the same `Baton-Delivery` id.
     */
    post: operations["replayWebhookDelivery"];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Error: {
      error: {
        /** @example validation_failed */
        code: string;
        /** @example email: Invalid email address */
        message: string;
        details?: unknown;
      };
    };
    Identity: {
      user: {
        /** Format: uuid */
        id: string;
        email: string;
        name: string;
        role: string;
      };
      workspace: {
        /** Format: uuid */
        id: string;
        name: string;
      };
    };
    InvitationToken: {
      token: string;
    };
    AcceptInvitationInput: {
      token: string;
      password: string;
    };
    ContactPage: {
      data: components["schemas"]["Contact"][];
      nextCursor: string | null;
    };
    Contact: {
      /** Format: uuid */
      id: string;
      email: string;
      firstName: string | null;
      lastName: string | null;
      title: string | null;
      phone: string | null;
      /** Format: uuid */
      companyId: string | null;
      companyName: string | null;
      occupation: string | null;
      industry: string | null;
      companySize: string | null;
      incomeBand: string | null;
      education: string | null;
      country: string | null;
      properties: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      stage: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /**
       * Format: uuid
       * @description The program of its first inbound response: the program that made it a lead (null when no touch did)
       */
      sourceProgramId: string | null;
      sourceProgramName: string | null;
      /** @enum {string} */
      temperature: "cold" | "warm" | "hot";
      /** @description Engagement E at the read instant */
      score: number;
      /** @description When E falls below the warm threshold */
      warmUntil: string | null;
      /** @description When E falls below the hot threshold */
      hotUntil: string | null;
      lastTouchAt: string | null;
      touchCount: number;
      createdAt: string;
      updatedAt: string;
    };
    RegistrationUnderReview: {
      /** @enum {string} */
      status: "under_review";
      message: string;
    };
    ErasureResult: {
      /** Format: uuid */
      contactId: string;
      dealsKept: number;
      erasedAt: string;
    };
    EraseContactInput: {
      /** @description The contact's email address typed back (case and surrounding spaces do not matter) */
      confirmEmail: string;
    };
    TimelinePage: {
      data: components["schemas"]["TimelineEntry"][];
      nextCursor: string | null;
    };
    TimelineEntry: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      /** @description The contact's name, or email without one */
      contactName: string;
      kind: string;
      /** @enum {string} */
      side: "marketing" | "sales";
      /** Format: uuid */
      programId: string | null;
      programName: string | null;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
      occurredAt: string;
      properties: {
        [key: string]: unknown;
      };
      externalId: string | null;
    };
    StageTransition: {
      /** Format: uuid */
      id: string;
      /**
       * @description null when the contact was created
       * @enum {string|null}
       */
      from:
        | "prospect"
        | "lead"
        | "sales_ready"
        | "in_sales"
        | "customer"
        | "recycled"
        | "disqualified"
        | null;
      /** @enum {string} */
      to: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
      /** @description When it happened in the contact's life (a lead's is its first inbound response) */
      at: string;
      /** @enum {string} */
      cause: "touchpoint" | "deal" | "handoff" | "user";
      /**
       * Format: uuid
       * @description The touchpoint, deal or hand-off that caused it
       */
      causeId: string | null;
      /**
       * Format: uuid
       * @description Who made the change; null for an automatic rule
       */
      userId: string | null;
      userName: string | null;
      reason: string | null;
    };
    Score: {
      /** Format: uuid */
      contactId: string;
      at: string;
      value: number;
      /** @enum {string} */
      temperature: "cold" | "warm" | "hot";
      warmUntil: string | null;
      hotUntil: string | null;
      contributions: {
        /** Format: uuid */
        touchpointId: string;
        kind: string;
        occurredAt: string;
        weight: number;
        /** @description weight · 2^(−(at − occurredAt)/H) */
        contribution: number;
      }[];
      settings: {
        halfLifeHours: number;
        warmThreshold: number;
        hotThreshold: number;
      };
    };
    AuditEventPage: {
      data: components["schemas"]["AuditEvent"][];
      nextCursor: string | null;
    };
    AuditEvent: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      at: string;
      actor: {
        /**
         * Format: uuid
         * @description Null for the CLI and for Baton itself
         */
        userId: string | null;
        name: string | null;
        /** @enum {string} */
        via: "session" | "api_key" | "cli" | "system";
      };
      /** @enum {string} */
      action:
        | "user.created"
        | "user.invited"
        | "user.invitation_resent"
        | "user.changed"
        | "user.role_changed"
        | "user.deactivated"
        | "user.reactivated"
        | "apikey.created"
        | "apikey.revoked"
        | "contact.deleted"
        | "contact.erased"
        | "export.downloaded"
        | "settings.changed"
        | "suppression.added"
        | "suppression.removed"
        | "webhook.created"
        | "webhook.changed"
        | "webhook.deleted"
        | "webhook.secret_rotated";
      targetType: string;
      targetId: string | null;
      summary: string;
      /** @description What changed (settings: before/after per key). Never secrets, never an erased contact's data */
      details: {
        [key: string]: unknown;
      };
    };
    TouchpointResult: {
      index: number;
      /** @enum {string} */
      status: "created" | "duplicate" | "error";
      /** Format: uuid */
      touchpointId?: string;
      /** Format: uuid */
      contactId?: string;
      contactCreated?: boolean;
      error?: {
        code: string;
        message: string;
      };
    };
    /** @description Name the contact by `contactId` or by `email` (a new email creates a prospect). `side` defaults to the kind's side. `occurredAt` may be at most 5 minutes in the future. `externalId` makes the call idempotent: a repeat is reported as `duplicate` and not counted again. `properties` are flat (string, number, boolean, null or a list of strings; no nested objects). A touchpoint without `programId` whose `properties.utm_campaign` equals a program's `utmCampaign` key (exactly, case-sensitive) is attributed to that program; an explicit `programId` (or null) wins, and an unknown campaign leaves the touchpoint without a program. */
    TouchpointInput: {
      /** Format: uuid */
      contactId?: string;
      /** Format: email */
      email?: string;
      /** @enum {string} */
      kind:
        | "ad_click"
        | "page_view"
        | "form_submit"
        | "content_download"
        | "link_click"
        | "email_sent"
        | "email_open"
        | "email_click"
        | "email_reply"
        | "email_bounce"
        | "unsubscribe"
        | "direct_mail"
        | "social_engagement"
        | "event_attended"
        | "webinar"
        | "referral"
        | "support_request"
        | "survey_response"
        | "call"
        | "cold_call"
        | "meeting"
        | "presentation"
        | "proposal"
        | "estimate"
        | "contract"
        | "networking";
      /** @enum {string} */
      side?: "marketing" | "sales";
      /** Format: uuid */
      programId?: string | null;
      /** Format: uuid */
      userId?: string | null;
      /** Format: date-time */
      occurredAt: string;
      properties?: {
        [key: string]: string | number | boolean | null | string[];
      };
      externalId?: string | null;
    };
    TouchpointBatch: {
      items: {
        /** Format: uuid */
        contactId?: string;
        /** Format: email */
        email?: string;
        /** @enum {string} */
        kind:
          | "ad_click"
          | "page_view"
          | "form_submit"
          | "content_download"
          | "link_click"
          | "email_sent"
          | "email_open"
          | "email_click"
          | "email_reply"
          | "email_bounce"
          | "unsubscribe"
          | "direct_mail"
          | "social_engagement"
          | "event_attended"
          | "webinar"
          | "referral"
          | "support_request"
          | "survey_response"
          | "call"
          | "cold_call"
          | "meeting"
          | "presentation"
          | "proposal"
          | "estimate"
          | "contract"
          | "networking";
        /** @enum {string} */
        side?: "marketing" | "sales";
        /** Format: uuid */
        programId?: string | null;
        /** Format: uuid */
        userId?: string | null;
        /** Format: date-time */
        occurredAt: string;
        properties?: {
          [key: string]: string | number | boolean | null | string[];
        };
        externalId?: string | null;
      }[];
    };
    CompanyPage: {
      data: components["schemas"]["Company"][];
      nextCursor: string | null;
    };
    Company: {
      /** Format: uuid */
      id: string;
      name: string;
      domain: string | null;
      industry: string | null;
      size: string | null;
      country: string | null;
      properties: {
        [key: string]: unknown;
      };
      createdAt: string;
      updatedAt: string;
    };
    CompanyInput: {
      name: string;
      domain?: string | null;
      industry?: string | null;
      size?: string | null;
      country?: string | null;
      properties?: {
        [key: string]: string | number | boolean | null | string[];
      };
    };
    CompanyUpdate: {
      name?: string;
      domain?: string | null;
      industry?: string | null;
      size?: string | null;
      country?: string | null;
      properties?: {
        [key: string]: string | number | boolean | null | string[];
      };
    };
    CompanyTimelinePage: {
      data: components["schemas"]["TimelineEntry"][];
      nextCursor: string | null;
    };
    ProgramPage: {
      data: components["schemas"]["Program"][];
      nextCursor: string | null;
    };
    Program: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking";
      description: string | null;
      /**
       * @description archived if archived; planned before startsOn; ended after endsOn; otherwise active (UTC days)
       * @enum {string}
       */
      status: "planned" | "active" | "ended" | "archived";
      budgetMinor: number | null;
      currency: string;
      startsOn: string | null;
      endsOn: string | null;
      callToAction: string | null;
      /** @description utm_campaign value of its tracked links; unique */
      utmCampaign: string | null;
      /** Format: uuid */
      ownerId: string | null;
      archivedAt: string | null;
      /** @description Sum of the cost lines dated up to today (UTC), in minor units of `currency`; null when there is none (no cost entered, not a cost of 0) */
      costToDateMinor: number | null;
      /** @description Contacts whose first inbound response (the touch that made them a lead) came from this program, all time */
      leads: number;
      /** @description Of those leads, how many have become customers */
      customers: number;
      /** @description costToDateMinor ÷ leads, rounded to the minor unit; null with no leads or no cost entered */
      costPerLeadMinor: number | null;
      createdAt: string;
      updatedAt: string;
    };
    ProgramInput: {
      name: string;
      /** @enum {string} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking";
      description?: string | null;
      budgetMinor?: number | null;
      currency: string;
      /** Format: date */
      startsOn?: string | null;
      /** Format: date */
      endsOn?: string | null;
      callToAction?: string | null;
      utmCampaign?: string | null;
      /** Format: uuid */
      ownerId?: string | null;
    };
    ProgramUpdate: {
      name?: string;
      /** @enum {string} */
      channel?:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking";
      description?: string | null;
      budgetMinor?: number | null;
      currency?: string;
      /** Format: date */
      startsOn?: string | null;
      /** Format: date */
      endsOn?: string | null;
      callToAction?: string | null;
      utmCampaign?: string | null;
      /** Format: uuid */
      ownerId?: string | null;
      archived?: boolean;
    };
    ProgramCostLine: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      programId: string;
      incurredOn: string;
      amountMinor: number;
      currency: string;
      note: string | null;
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
    };
    ProgramCostInput: {
      /** Format: date */
      incurredOn: string;
      amountMinor: number;
      note?: string | null;
    };
    ProgramScorecard: {
      /** @enum {string} */
      report: "program-scorecard";
      title: string;
      from: string;
      to: string;
      currency: string;
      /** @enum {string} */
      groupBy: "program" | "channel";
      definitions: components["schemas"]["ReportDefinition"][];
      rows: components["schemas"]["ScorecardRow"][];
      totals: components["schemas"]["ScorecardRow"];
    };
    ReportDefinition: {
      term: string;
      meaning: string;
    };
    ScorecardRow: {
      /** Format: uuid */
      programId: string | null;
      programName: string | null;
      /** @enum {string|null} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking"
        | null;
      reach: number;
      leads: number;
      salesReady: number;
      accepted: number;
      opportunities: number;
      won: number;
      revenueMinor: number;
      /** @description Sum of the cost lines dated in the period; null when there is none (no cost entered, not 0) */
      costMinor: number | null;
      /** @description costMinor ÷ leads; null with no leads or no cost entered */
      costPerLeadMinor: number | null;
      /** @description costMinor ÷ won; null with none won or no cost entered */
      costPerCustomerMinor: number | null;
      /** @description (revenue − cost) ÷ cost, a fraction */
      roi: number | null;
      /** @description won ÷ leads, a fraction */
      successRate: number | null;
    };
    ProgramSeries: {
      /** @enum {string} */
      report: "program-series";
      /** Format: uuid */
      programId: string;
      /** @enum {string} */
      bucket: "week" | "month";
      currency: string;
      from: string;
      to: string;
      rows: {
        start: string;
        reach: number;
        leads: number;
        costMinor: number;
      }[];
    };
    Funnel: {
      /** @enum {string} */
      report: "funnel";
      title: string;
      from: string;
      to: string;
      definitions: components["schemas"]["ReportDefinition"][];
      cohorts: {
        month: string;
        leads: number;
        salesReady: number;
        accepted: number;
        won: number;
        leadToSalesReady: number | null;
        salesReadyToAccepted: number | null;
        acceptedToWon: number | null;
        leadToWon: number | null;
      }[];
      total: {
        leads: number;
        salesReady: number;
        accepted: number;
        won: number;
        leadToSalesReady: number | null;
        salesReadyToAccepted: number | null;
        acceptedToWon: number | null;
        leadToWon: number | null;
      };
      timeInStage: {
        /** @enum {string} */
        stage: "lead" | "sales_ready" | "in_sales";
        contacts: number;
        medianSeconds: number | null;
        p75Seconds: number | null;
      }[];
      dealStages: {
        /** Format: uuid */
        pipelineId: string;
        pipelineName: string;
        deals: number;
        stages: {
          key: string;
          name: string;
          deals: number;
        }[];
      } | null;
    };
    AttributionReport: {
      /** @enum {string} */
      report: "attribution";
      title: string;
      from: string;
      to: string;
      currency: string;
      /** @enum {string} */
      groupBy: "program" | "channel";
      models: (
        | "firstTouch"
        | "leadCreation"
        | "lastTouch"
        | "linear"
        | "uShaped"
        | "wShaped"
        | "fullPath"
        | "timeDecay"
      )[];
      definitions: components["schemas"]["ReportDefinition"][];
      rows: components["schemas"]["AttributionRow"][];
      wonDeals: number;
      revenueMinor: number;
      credited: components["schemas"]["AttributionCredits"];
      unattributed: components["schemas"]["AttributionCredits"] & (Record<string, never> | null);
    };
    AttributionRow: {
      /** Format: uuid */
      programId: string | null;
      programName: string | null;
      /** @enum {string|null} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking"
        | null;
      deals: number;
      firstTouch: number;
      leadCreation: number;
      lastTouch: number;
      linear: number;
      uShaped: number;
      wShaped: number;
      fullPath: number;
      timeDecay: number;
    };
    /** @description Minor units of the deal's currency, per model */
    AttributionCredits: {
      firstTouch: number;
      leadCreation: number;
      lastTouch: number;
      linear: number;
      uShaped: number;
      wShaped: number;
      fullPath: number;
      timeDecay: number;
    };
    DealAttribution: {
      /** Format: uuid */
      dealId: string;
      amountMinor: number;
      currency: string;
      won: boolean;
      models: (
        | "firstTouch"
        | "leadCreation"
        | "lastTouch"
        | "linear"
        | "uShaped"
        | "wShaped"
        | "fullPath"
        | "timeDecay"
      )[];
      definitions: components["schemas"]["ReportDefinition"][];
      touches: {
        /** Format: uuid */
        touchpointId: string;
        kind: string;
        side: string;
        occurredAt: string;
        /** Format: uuid */
        contactId: string;
        /** Format: uuid */
        programId: string | null;
        programName: string | null;
        roles: ("first" | "lead" | "opportunity" | "closing")[];
        credits: components["schemas"]["AttributionCredits"];
      }[];
      totals: components["schemas"]["AttributionCredits"];
    };
    AttributionSettings: {
      halfLifeDays: number;
      buyingGroup: boolean;
    };
    AttributionSettingsInput: {
      halfLifeDays: number;
      buyingGroup: boolean;
    };
    SourceEffectiveness: {
      /** @enum {string} */
      report: "source-effectiveness";
      title: string;
      from: string;
      to: string;
      currency: string;
      /** @enum {string} */
      groupBy: "program" | "channel";
      definitions: components["schemas"]["ReportDefinition"][];
      rows: components["schemas"]["EffectivenessRow"][];
      totals: components["schemas"]["EffectivenessRow"];
    };
    EffectivenessRow: {
      /** Format: uuid */
      programId: string | null;
      programName: string | null;
      /** @enum {string|null} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking"
        | null;
      leads: number;
      customers: number;
      revenueMinor: number;
      /** @description null: no cost entered in the period */
      costMinor: number | null;
      /** @description customers ÷ leads */
      conversion: number | null;
      conversionInterval: components["schemas"]["Interval"];
      revenuePerLeadMinor: number | null;
      revenuePerLeadInterval: components["schemas"]["Interval"];
      revenuePerCost: number | null;
      revenuePerCostInterval: components["schemas"]["Interval"];
      medianDaysToClose: number | null;
    };
    Interval: {
      low: number;
      high: number;
    } | null;
    BudgetAdvice: {
      /** @enum {string} */
      report: "budget-advice";
      title: string;
      from: string;
      to: string;
      currency: string;
      /** @enum {string} */
      groupBy: "program" | "channel";
      minLeads: number;
      judged: {
        key: string;
        label: string;
        leads: number;
        customers: number;
        costMinor: number | null;
        customersPerThousand: components["schemas"]["Spread"];
      }[];
      excluded: {
        key: string;
        label: string;
        reason: string;
      }[];
      advice: OneOf<
        [
          {
            /** @enum {string} */
            kind: "move";
            from: string;
            to: string;
            amountMinor: number;
            effect: components["schemas"]["Spread"];
          },
          {
            /** @enum {string} */
            kind: "not_enough_data";
            from: string;
            to: string;
            amountMinor: number;
            effect: components["schemas"]["Spread"];
            moreLeadsNeeded: number | null;
          },
          {
            /** @enum {string} */
            kind: "none";
            reason: string;
          },
        ]
      >;
      reasoning: string[];
    };
    /** @description customers per 1,000 major units of spend; 90 % interval */
    Spread: {
      median: number;
      low: number;
      high: number;
    };
    SalesFeedback: {
      /** @enum {string} */
      report: "sales-feedback";
      title: string;
      from: string;
      to: string;
      definitions: components["schemas"]["ReportDefinition"][];
      rows: {
        /** Format: uuid */
        programId: string | null;
        programName: string | null;
        /** @enum {string|null} */
        channel:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking"
          | null;
        leads: number;
        recycled: {
          label: string;
          count: number;
        }[];
        objections: {
          label: string;
          count: number;
          overcome: number;
        }[];
        lost: {
          label: string;
          count: number;
        }[];
      }[];
      total: {
        leads: number;
        recycled: {
          label: string;
          count: number;
        }[];
        objections: {
          label: string;
          count: number;
          overcome: number;
        }[];
        lost: {
          label: string;
          count: number;
        }[];
      };
    };
    ReverseFunnel: {
      /** @enum {string} */
      report: "reverse-funnel";
      title: string;
      /** @enum {string} */
      period: "month" | "quarter";
      startsOn: string;
      currency: string;
      quotaMinor: number;
      reps: number;
      lookback: {
        from: string;
        to: string;
      };
      observed: {
        leads: number;
        salesReady: number;
        opportunities: number;
        won: number;
        lost: number;
        averageDealMinor: number | null;
      };
      tiers: {
        /** @enum {string} */
        tier: "won" | "opportunities" | "salesReady" | "leads";
        needed: number | null;
        range: {
          low: number;
          high: number;
        } | null;
        rate: number | null;
        rateInterval: {
          low: number;
          high: number;
        } | null;
      }[];
      plannedLeads: number | null;
      /** @enum {string|null} */
      coverage: "covered" | "maybe" | "short" | null;
      programs: {
        /** Format: uuid */
        programId: string;
        name: string;
        /** @enum {string} */
        channel:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        observed: {
          leads: number;
          salesReady: number;
          opportunities: number;
          won: number;
          lost: number;
          averageDealMinor: number | null;
        };
        tiers: {
          /** @enum {string} */
          tier: "won" | "opportunities" | "salesReady" | "leads";
          needed: number | null;
          range: {
            low: number;
            high: number;
          } | null;
          rate: number | null;
          rateInterval: {
            low: number;
            high: number;
          } | null;
        }[];
        plannedLeads: number | null;
        /** @enum {string|null} */
        plannedFrom: "program" | "channel" | null;
        /** @enum {string|null} */
        coverage: "covered" | "maybe" | "short" | null;
      }[];
      definitions: components["schemas"]["ReportDefinition"][];
    };
    HandoffReport: {
      /** @enum {string} */
      report: "handoffs";
      title: string;
      from: string;
      to: string;
      /** @enum {string} */
      groupBy: "owner" | "program";
      definitions: components["schemas"]["ReportDefinition"][];
      rows: {
        key: string | null;
        name: string | null;
        handoffs: number;
        pending: number;
        accepted: number;
        recycled: number;
        withinSla: number;
        slaDue: number;
        cooled: number;
        medianFirstTouchSeconds: number | null;
        p75FirstTouchSeconds: number | null;
        recycleReasons: {
          label: string;
          count: number;
        }[];
        slaRate: number | null;
        acceptanceRate: number | null;
        recycleRate: number | null;
      }[];
      total: {
        handoffs: number;
        pending: number;
        accepted: number;
        recycled: number;
        withinSla: number;
        slaDue: number;
        cooled: number;
        medianFirstTouchSeconds: number | null;
        p75FirstTouchSeconds: number | null;
        recycleReasons: {
          label: string;
          count: number;
        }[];
        slaRate: number | null;
        acceptanceRate: number | null;
        recycleRate: number | null;
      };
    };
    PriceDeviationReport: {
      /** @enum {string} */
      report: "price-deviation";
      title: string;
      from: string;
      to: string;
      currency: string;
      /** @enum {string} */
      groupBy: "owner" | "channel" | "partner";
      policy: {
        defaultMaxDiscountBp: number;
        maxDiscountBpByRole: {
          admin?: number;
          marketing?: number;
          sales?: number;
          partner?: number;
        };
        maxDiscountBpByChannel: {
          direct?: number;
          reseller?: number;
          affiliate?: number;
        };
        giveawaysAllowed: boolean;
      };
      definitions: components["schemas"]["ReportDefinition"][];
      rows: {
        key: string | null;
        name: string | null;
        wonDeals: number;
        discountedDeals: number;
        giveawayDeals: number;
        /** @description minor units of the report's currency */
        listMinor: number;
        /** @description minor units of the report's currency */
        discountMinor: number;
        /** @description minor units of the report's currency */
        giveawayMinor: number;
        /** @description minor units of the report's currency */
        givenAwayMinor: number;
        /** @description minor units of the report's currency */
        revenueMinor: number;
        shareOfRevenue: number | null;
        outsidePolicy: number;
        requested: number;
        approved: number;
        rejected: number;
        pending: number;
        superseded: number;
        approvalRate: number | null;
        medianDecideSeconds: number | null;
        p75DecideSeconds: number | null;
      }[];
      total: {
        wonDeals: number;
        discountedDeals: number;
        giveawayDeals: number;
        /** @description minor units of the report's currency */
        listMinor: number;
        /** @description minor units of the report's currency */
        discountMinor: number;
        /** @description minor units of the report's currency */
        giveawayMinor: number;
        /** @description minor units of the report's currency */
        givenAwayMinor: number;
        /** @description minor units of the report's currency */
        revenueMinor: number;
        shareOfRevenue: number | null;
        outsidePolicy: number;
        requested: number;
        approved: number;
        rejected: number;
        pending: number;
        superseded: number;
        approvalRate: number | null;
        medianDecideSeconds: number | null;
        p75DecideSeconds: number | null;
      };
      outsidePolicyDeals: {
        /** Format: uuid */
        dealId: string;
        name: string;
        /** Format: uuid */
        ownerId: string;
        ownerName: string | null;
        closedAt: string;
        /** @description minor units of the report's currency */
        amountMinor: number;
        deviations: components["schemas"]["PolicyDeviation"][];
      }[];
    };
    PolicyDeviation: OneOf<
      [
        {
          /** @enum {string} */
          kind: "discount_over_limit";
          /** @description 0-based index into lineItems */
          line: number;
          discountBp: number;
          limitBp: number;
        },
        {
          /** @enum {string} */
          kind: "giveaway_not_allowed";
          /** @description 0-based index into lineItems */
          line: number;
        },
        {
          /** @enum {string} */
          kind: "price_above_list";
          /** @description 0-based index into lineItems */
          line: number;
        },
      ]
    >;
    MarketingPlan: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      period: "month" | "quarter";
      startsOn: string;
      /** @enum {string|null} */
      channel:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking"
        | null;
      /** Format: uuid */
      programId: string | null;
      currency: string;
      lines: {
        /** @enum {string} */
        figure: "leads" | "salesReady" | "pipelineMinor" | "revenueMinor" | "spendMinor";
        target: number | null;
        actual: number;
        gap: number | null;
        projected: number | null;
        projectedGap: number | null;
      }[];
      definitions: components["schemas"]["ReportDefinition"][];
      updatedAt: string;
    };
    MarketingPlanInput: {
      /** @enum {string} */
      period: "month" | "quarter";
      /** Format: date */
      startsOn: string;
      /** @enum {string|null} */
      channel?:
        | "advertising"
        | "public_relations"
        | "social_media"
        | "relationship"
        | "brand"
        | "viral"
        | "referral"
        | "direct_mail"
        | "email"
        | "trade_show"
        | "website"
        | "content"
        | "community"
        | "partner"
        | "cold_calling"
        | "networking"
        | null;
      /** Format: uuid */
      programId?: string | null;
      currency: string;
      leadsTarget?: number | null;
      salesReadyTarget?: number | null;
      pipelineTargetMinor?: number | null;
      revenueTargetMinor?: number | null;
      plannedSpendMinor?: number | null;
    };
    MarketingPlanUpdate: {
      leadsTarget?: number | null;
      salesReadyTarget?: number | null;
      pipelineTargetMinor?: number | null;
      revenueTargetMinor?: number | null;
      plannedSpendMinor?: number | null;
    };
    SalesConversion: {
      /** @enum {string} */
      report: "sales-conversion";
      title: string;
      from: string;
      to: string;
      currency: string;
      definitions: components["schemas"]["ReportDefinition"][];
      rows: components["schemas"]["SalesConversionRow"][];
      team: components["schemas"]["SalesConversionRow"];
    };
    SalesConversionRow: {
      /** Format: uuid */
      userId: string | null;
      name: string | null;
      handoffsReceived: number;
      handoffsAccepted: number;
      acceptanceRate: number | null;
      medianFirstTouchSeconds: number | null;
      dealsOpened: number;
      won: number;
      lost: number;
      winRate: number | null;
      medianCycleSeconds: number | null;
      wonInCurrency: number;
      wonMinor: number;
      averageDealMinor: number | null;
      quotaTargetMinor: number;
      quotaWonMinor: number;
      quotaAttainment: number | null;
      activities: number;
      activitiesPerWon: number | null;
    };
    TouchesToClose: {
      /** @enum {string} */
      report: "touches-to-close";
      title: string;
      from: string;
      to: string;
      ruleOfThumb: number;
      definitions: components["schemas"]["ReportDefinition"][];
      overall: {
        customers: number;
        median: number | null;
        p25: number | null;
        p75: number | null;
        medianMarketing: number | null;
        medianSales: number | null;
        /** @description share of customers won within ruleOfThumb touches */
        withinRuleOfThumb: number | null;
      };
      histogram: {
        touches: number;
        orMore: boolean;
        customers: number;
      }[];
      byFirstChannel: {
        /** @enum {string|null} */
        channel:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking"
          | null;
        customers: number;
        median: number | null;
        p25: number | null;
        p75: number | null;
        medianMarketing: number | null;
        medianSales: number | null;
        /** @description share of customers won within ruleOfThumb touches */
        withinRuleOfThumb: number | null;
      }[];
    };
    ProgramLink: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      programId: string;
      /** @description The short code: the link is served at `/l/{code}` */
      code: string;
      label: string | null;
      /** @description Where the link goes, without its UTM parameters */
      targetUrl: string;
      utmSource: string;
      utmMedium: string | null;
      utmCampaign: string | null;
      utmContent: string | null;
      utmTerm: string | null;
      /** @description The target with the UTM parameters appended (its own query kept) */
      trackedUrl: string;
      /** @description Baton's short redirect to `trackedUrl` */
      shortUrl: string;
      archived: boolean;
      archivedAt: string | null;
      createdAt: string;
      clicks: {
        /** @description Clicks by contacts named by a personalised link's token: `link_click` touchpoints (at most one per contact, link and UTC day) */
        known: number;
        /** @description Distinct contacts among the known clicks */
        knownContacts: number;
        /** @description Every click without a valid contact token */
        anonymous: number;
      };
    };
    /** @description `targetUrl` must be an absolute http(s) URL without a user name, password or `utm_*` parameters of its own. `utmCampaign` defaults to the program's `utmCampaign` key (send null for none): touchpoints whose `properties.utm_campaign` equals that key are attributed to the program. */
    ProgramLinkInput: {
      targetUrl: string;
      utmSource: string;
      utmMedium?: string | null;
      utmCampaign?: string | null;
      utmContent?: string | null;
      utmTerm?: string | null;
      label?: string | null;
    };
    PersonalLinkUrl: {
      /** Format: uuid */
      linkId: string;
      /** Format: uuid */
      contactId: string;
      url: string;
    };
    ScoringSettings: {
      halfLifeHours: number;
      warmThreshold: number;
      hotThreshold: number;
      weights: {
        [key: string]: number;
      };
    };
    ScoringSettingsInput: {
      halfLifeHours: number;
      warmThreshold: number;
      hotThreshold: number;
      weights: {
        ad_click?: number;
        page_view?: number;
        form_submit?: number;
        content_download?: number;
        link_click?: number;
        email_sent?: number;
        email_open?: number;
        email_click?: number;
        email_reply?: number;
        email_bounce?: number;
        unsubscribe?: number;
        direct_mail?: number;
        social_engagement?: number;
        event_attended?: number;
        webinar?: number;
        referral?: number;
        support_request?: number;
        survey_response?: number;
        call?: number;
        cold_call?: number;
        meeting?: number;
        presentation?: number;
        proposal?: number;
        estimate?: number;
        contract?: number;
        networking?: number;
      };
    };
    DealPage: {
      data: components["schemas"]["Deal"][];
      nextCursor: string | null;
    };
    Deal: {
      /** Format: uuid */
      id: string;
      name: string;
      /**
       * Format: uuid
       * @description Null when the contact was erased (GDPR); contactName then says so
       */
      contactId: string | null;
      contactName: string;
      /** Format: uuid */
      companyId: string | null;
      /** Format: uuid */
      ownerId: string;
      ownerName: string;
      /** Format: uuid */
      pipelineId: string;
      stage: string;
      /** @enum {string} */
      outcome: "open" | "won" | "lost";
      amountMinor: number;
      currency: string;
      expectedCloseOn: string | null;
      closedAt: string | null;
      lossReason: string | null;
      lossNote: string | null;
      /**
       * Format: uuid
       * @description The partner organisation that registered it
       */
      partnerId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    DealInput: {
      name: string;
      /** Format: uuid */
      contactId: string;
      /** Format: uuid */
      ownerId?: string;
      /** Format: uuid */
      pipelineId?: string;
      stage?: string;
      amountMinor: number;
      currency: string;
      /** Format: date */
      expectedCloseOn?: string | null;
    };
    DealDetail: components["schemas"]["Deal"] & {
      priceBook: {
        /** Format: uuid */
        id: string;
        name: string;
        /** @enum {string} */
        channel: "direct" | "reseller" | "affiliate";
        currency: string;
      } | null;
      lineItems: {
        /** Format: uuid */
        productId: string;
        sku: string;
        productName: string;
        quantity: number;
        listPriceMinor: number;
        unitPriceMinor: number;
        giveaway: boolean;
        listMinor: number;
        netMinor: number;
        discountMinor: number;
        /** @description Discount in basis points (100 = 1 %) */
        discountBp: number;
      }[];
      totals: {
        listMinor: number;
        netMinor: number;
        discountMinor: number;
      };
      policy: {
        /** @enum {string} */
        channel: "direct" | "reseller" | "affiliate";
        /** @enum {string} */
        sellerRole: "admin" | "marketing" | "sales" | "partner";
        limitBp: number;
        giveawaysAllowed: boolean;
        deviations: components["schemas"]["PolicyDeviation"][];
        /**
         * Format: uuid
         * @description The approval that covers these exact line items
         */
        approvedBy: string | null;
        /** @description Whether the deal may be won as priced */
        satisfied: boolean;
      };
      approvals: components["schemas"]["Approval"][];
    };
    Approval: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      dealId: string;
      dealName: string;
      /**
       * Format: uuid
       * @description Null when the contact was erased (GDPR); contactName then says so
       */
      contactId: string | null;
      contactName: string;
      amountMinor: number;
      currency: string;
      /** @enum {string} */
      status: "pending" | "approved" | "rejected" | "superseded";
      deviations: components["schemas"]["PolicyDeviation"][];
      requestedBy: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      requestedAt: string;
      requestComment: string | null;
      decidedBy: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      decidedAt: string | null;
      decisionComment: string | null;
      /** @description When the approvers were told it had waited longer than the policy's approvalAlertHours */
      alertedAt: string | null;
    };
    DealUpdate: {
      name?: string;
      /** Format: uuid */
      ownerId?: string;
      amountMinor?: number;
      currency?: string;
      /** Format: date */
      expectedCloseOn?: string | null;
    };
    DealMove: {
      stage: string;
      /** Format: uuid */
      lossReasonId?: string | null;
      lossNote?: string | null;
      reopen?: boolean;
    };
    Proposal: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "proposal" | "estimate";
      number: number;
      /** @example Proposal 12 */
      label: string;
      title: string;
      /**
       * @description expired: sent, and the validity date has passed in the workspace's time zone
       * @enum {string}
       */
      status: "draft" | "sent" | "accepted" | "declined" | "withdrawn" | "expired";
      currency: string;
      lines: {
        /** Format: uuid */
        productId: string;
        sku: string;
        productName: string;
        quantity: number;
        listPriceMinor: number;
        unitPriceMinor: number;
        giveaway: boolean;
        listMinor: number;
        netMinor: number;
        discountMinor: number;
        discountBp: number;
      }[];
      totals: {
        listMinor: number;
        /** @description Price cuts on paid lines */
        discountMinor: number;
        /** @description What paid lines are priced above their list price */
        aboveListMinor: number;
        /** @description List value of the lines given away free */
        giveawayMinor: number;
        netMinor: number;
      };
      /** @description Last day to accept (YYYY-MM-DD, workspace time zone) */
      validUntil: string;
      terms: string;
      issuedAt: string;
      workspaceName: string;
      contactName: string;
      companyName: string | null;
      preparedBy: {
        name: string;
        email: string;
      };
      acceptedAt: string | null;
      acceptedName: string | null;
      declinedAt: string | null;
      timeZone: string;
      /** Format: uuid */
      dealId: string;
      dealName: string;
      /** @description The deal is won or lost: the offer can no longer be sent or accepted */
      dealClosed: boolean;
      /** Format: uuid */
      contactId: string;
      createdBy: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      createdAt: string;
      sentAt: string | null;
      firstViewedAt: string | null;
      lastViewedAt: string | null;
      viewCount: number;
      declineReason: string | null;
      withdrawnAt: string | null;
      /** Format: uuid */
      approvalId: string | null;
      /** @description For a draft: its lines are outside the price policy and no approval of exactly those lines covers them, so sending would be refused. Null once sent. */
      needsApproval: boolean | null;
      /** @description For a draft: the deal's line items are no longer the draft's, so an approval asked for the deal now would not cover it. Null once sent. */
      linesChanged: boolean | null;
      /** @description The link the prospect opens; null for a draft or a withdrawn offer */
      publicUrl: string | null;
    };
    ProposalInput: {
      /** @enum {string} */
      kind: "proposal" | "estimate";
      title?: string;
      /** Format: date */
      validUntil?: string;
      terms?: string;
    };
    ProposalPage: {
      data: components["schemas"]["Proposal"][];
      nextCursor: string | null;
    };
    Handoff: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      contactName: string;
      contactStage: string;
      /** Format: uuid */
      ownerId: string;
      ownerName: string;
      /** @description "round_robin", "manual" or "rule:<id>" */
      assignedBy: string;
      /** @enum {string} */
      status: "pending" | "accepted" | "recycled";
      handedAt: string;
      slaDueAt: string;
      overdue: boolean;
      hotUntil: string | null;
      /** @description Pending, and the lead has already cooled below hot (known from hotUntil) */
      cooledWhileWaiting: boolean;
      /** Format: uuid */
      taskId: string | null;
      decidedAt: string | null;
      recycleReason: string | null;
      note: string | null;
      companyName: string | null;
      /** @description The lead's engagement E now */
      score: number;
      /**
       * Format: uuid
       * @description The program that made the lead
       */
      programId: string | null;
      programName: string | null;
      /** @description The touches that counted most towards its engagement when it was handed over (up to three, largest first) */
      whyHot: {
        kind: string;
        occurredAt: string;
        contribution: number;
      }[];
    };
    HandoffSettings: {
      rule: {
        /** @enum {string} */
        temperature: "warm" | "hot";
        /** @enum {string|null} */
        minGrade: "A" | "B" | "C" | "D" | null;
      };
      slaMinutes: number;
      businessHours: {
        timeZone: string;
        days: number[];
        start: string;
        end: string;
      };
      recycleCooldownDays: number;
      assignmentRules: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        field: "country" | "industry" | "company_size" | "occupation";
        value: string;
        /** Format: uuid */
        userId: string;
      }[];
    };
    Notifications: {
      unread: number;
      data: {
        /** Format: uuid */
        id: string;
        kind: string;
        title: string;
        body: string | null;
        link: string | null;
        createdAt: string;
        readAt: string | null;
      }[];
    };
    CompetitorPage: {
      data: components["schemas"]["Competitor"][];
      nextCursor: string | null;
    };
    Competitor: components["schemas"]["Battlecard"] & {
      /** @description Deals naming it that stand in a won stage */
      wins: number;
      /** @description Deals naming it that stand in a lost stage */
      losses: number;
      /** @description Deals naming it that are still open */
      open: number;
      /** @description wins ÷ (wins + losses), 0–1; null before any such deal closed */
      winRate: number | null;
      createdAt: string;
      updatedAt: string;
    };
    Battlecard: {
      /** Format: uuid */
      id: string;
      name: string;
      website: string | null;
      positioning: string | null;
      strengths: string | null;
      weaknesses: string | null;
    };
    CompetitorInput: {
      name: string;
      /** Format: uri */
      website?: string | null;
      positioning?: string | null;
      strengths?: string | null;
      weaknesses?: string | null;
    };
    CompetitorUpdate: {
      name?: string;
      /** Format: uri */
      website?: string | null;
      positioning?: string | null;
      strengths?: string | null;
      weaknesses?: string | null;
    };
    CompetitorDealPage: {
      data: {
        /** Format: uuid */
        id: string;
        name: string;
        stage: string;
        /** @enum {string|null} */
        outcome: "open" | "won" | "lost" | null;
        amountMinor: number;
        currency: string;
        closedAt: string | null;
      }[];
      nextCursor: string | null;
    };
    ObjectionType: {
      /** Format: uuid */
      id: string;
      label: string;
    };
    ObjectionTypeInput: {
      label: string;
    };
    DealCompetitors: {
      data: components["schemas"]["Battlecard"][];
    };
    DealCompetitorsInput: {
      competitorIds: string[];
    };
    DealObjection: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      dealId: string;
      /** Format: uuid */
      objectionTypeId: string | null;
      /** @description The type's label, when it has one */
      label: string | null;
      text: string | null;
      overcome: boolean;
      raisedAt: string;
      /** Format: uuid */
      raisedById: string | null;
      raisedByName: string | null;
      updatedAt: string;
    };
    DealObjectionInput: {
      /** Format: uuid */
      objectionTypeId?: string | null;
      text?: string | null;
      overcome?: boolean;
    };
    DealObjectionUpdate: {
      text?: string | null;
      overcome?: boolean;
    };
    Pipeline: {
      /** Format: uuid */
      id: string;
      name: string;
      isDefault: boolean;
      stages: components["schemas"]["PipelineStage"][];
    };
    PipelineStage: {
      key: string;
      name: string;
      /** @enum {string} */
      outcome: "open" | "won" | "lost";
      probability: number;
    };
    PipelineInput: {
      name: string;
      stages: {
        key: string;
        name: string;
        /** @enum {string} */
        outcome: "open" | "won" | "lost";
        probability: number;
      }[];
    };
    PipelineUpdate: {
      name?: string;
      stages?: {
        key: string;
        name: string;
        /** @enum {string} */
        outcome: "open" | "won" | "lost";
        probability: number;
      }[];
    };
    LossReason: {
      /** Format: uuid */
      id: string;
      label: string;
    };
    LossReasonInput: {
      label: string;
    };
    QuotaInput: {
      /** Format: uuid */
      userId: string;
      /** @enum {string} */
      period: "month" | "quarter";
      /** Format: date */
      startsOn: string;
      targetMinor: number;
      currency: string;
    };
    ProductPage: {
      data: components["schemas"]["Product"][];
      nextCursor: string | null;
    };
    Product: {
      /** Format: uuid */
      id: string;
      sku: string;
      name: string;
      description: string | null;
      active: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ProductInput: {
      sku: string;
      name: string;
      description?: string | null;
      active?: boolean;
    };
    ProductUpdate: {
      sku?: string;
      name?: string;
      description?: string | null;
      active?: boolean;
    };
    PriceBook: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      channel: "direct" | "reseller" | "affiliate";
      currency: string;
      /** Format: uuid */
      partnerId: string | null;
      createdAt: string;
      updatedAt: string;
    };
    PriceBookDetail: components["schemas"]["PriceBook"] & {
      entries: {
        /** Format: uuid */
        productId: string;
        sku: string;
        name: string;
        active: boolean;
        unitPriceMinor: number;
      }[];
    };
    PriceBookInput: {
      name: string;
      /** @enum {string} */
      channel: "direct" | "reseller" | "affiliate";
      currency: string;
      /** Format: uuid */
      partnerId?: string | null;
      entries?: {
        /** Format: uuid */
        productId: string;
        unitPriceMinor: number;
      }[];
    };
    PriceBookUpdate: {
      name?: string;
      entries?: {
        /** Format: uuid */
        productId: string;
        unitPriceMinor: number;
      }[];
    };
    DiscountPolicy: {
      defaultMaxDiscountBp: number;
      maxDiscountBpByRole: {
        admin?: number;
        marketing?: number;
        sales?: number;
        partner?: number;
      };
      maxDiscountBpByChannel: {
        direct?: number;
        reseller?: number;
        affiliate?: number;
      };
      giveawaysAllowed: boolean;
      approvalAlertHours: number;
      updatedAt: string | null;
      /** Format: uuid */
      updatedBy: string | null;
    };
    DiscountPolicyInput: {
      defaultMaxDiscountBp: number;
      /** @default {} */
      maxDiscountBpByRole?: {
        admin?: number;
        marketing?: number;
        sales?: number;
        partner?: number;
      };
      /** @default {} */
      maxDiscountBpByChannel?: {
        direct?: number;
        reseller?: number;
        affiliate?: number;
      };
      giveawaysAllowed: boolean;
      /** @default 24 */
      approvalAlertHours?: number;
    };
    DealLineItems: {
      /** Format: uuid */
      priceBookId: string;
      items: {
        /** Format: uuid */
        productId: string;
        quantity: number;
        unitPriceMinor?: number;
        giveaway?: boolean;
      }[];
    };
    ApprovalRequest: {
      comment?: string | null;
    };
    ApprovalDecision: {
      /** @enum {string} */
      decision: "approve" | "reject";
      comment?: string | null;
    };
    PartnerPage: {
      data: components["schemas"]["Partner"][];
      nextCursor: string | null;
    };
    Partner: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      kind: "reseller" | "affiliate";
      website: string | null;
      createdAt: string;
      updatedAt: string;
    };
    PartnerInput: {
      name: string;
      /** @enum {string} */
      kind: "reseller" | "affiliate";
      website?: string | null;
    };
    PartnerUpdate: {
      name?: string;
      /** @enum {string} */
      kind?: "reseller" | "affiliate";
      website?: string | null;
    };
    Task: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      contactName: string | null;
      /** Format: uuid */
      dealId: string | null;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string} */
      kind:
        | "call"
        | "cold_call"
        | "meeting"
        | "presentation"
        | "proposal"
        | "estimate"
        | "contract"
        | "networking";
      title: string;
      dueAt: string;
      completedAt: string | null;
      outcome: string | null;
      /** Format: uuid */
      touchpointId: string | null;
    };
    TaskInput: {
      /** Format: uuid */
      contactId: string;
      /** Format: uuid */
      dealId?: string | null;
      /** Format: uuid */
      ownerId?: string;
      /** @enum {string} */
      kind:
        | "call"
        | "cold_call"
        | "meeting"
        | "presentation"
        | "proposal"
        | "estimate"
        | "contract"
        | "networking";
      title: string;
      /** Format: date-time */
      dueAt: string;
    };
    TaskCompletion: {
      outcome?: string | null;
      /** Format: date-time */
      occurredAt?: string;
    };
    Playbook: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string|null} */
      tier: "cold" | "warm" | "hot" | null;
      /** @enum {string} */
      side: "marketing" | "sales";
      active: boolean;
      steps: components["schemas"]["PlaybookStep"][];
      activeEnrolments: number;
      createdAt: string;
      updatedAt: string;
    };
    PlaybookStep: {
      /** Format: uuid */
      id: string;
      position: number;
      /** @enum {string} */
      side: "marketing" | "sales";
      /** @enum {string} */
      channel:
        | "email"
        | "call_task"
        | "meeting_task"
        | "presentation_task"
        | "proposal_task"
        | "direct_mail_task"
        | "ad_audience_export";
      delayMinutes: number;
      /** Format: uuid */
      templateId: string | null;
      templateName: string | null;
      taskTitle: string | null;
    };
    EnrolmentPage: {
      data: components["schemas"]["Enrolment"][];
      nextCursor: string | null;
    };
    Enrolment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      playbookId: string;
      playbookName: string;
      /** @enum {string|null} */
      playbookTier: "cold" | "warm" | "hot" | null;
      /** Format: uuid */
      contactId: string;
      contactName: string;
      contactEmail: string;
      /** @enum {string} */
      contactStage:
        | "prospect"
        | "lead"
        | "sales_ready"
        | "in_sales"
        | "customer"
        | "recycled"
        | "disqualified";
      /** @enum {string} */
      status: "active" | "completed" | "exited";
      nextStep: {
        /** Format: uuid */
        id: string;
        position: number;
        /** @enum {string} */
        side: "marketing" | "sales";
        /** @enum {string} */
        channel:
          | "email"
          | "call_task"
          | "meeting_task"
          | "presentation_task"
          | "proposal_task"
          | "direct_mail_task"
          | "ad_audience_export";
        taskTitle: string | null;
      } | null;
      nextRunAt: string | null;
      enrolledAt: string;
      /** Format: uuid */
      enrolledBy: string | null;
      endedAt: string | null;
      exitReason: string | null;
      /** @description Set when the next step would not run now: skipped (sales owns the contact, marketing is paused) or blocked (not ready for sales) */
      paused: {
        /** @enum {string} */
        outcome: "skipped" | "blocked";
        why: string;
      } | null;
    };
    EnrolmentEvent: {
      /** Format: uuid */
      id: string;
      /** @description enrolled, guard_overridden, email_queued, email_skipped, task_created, audience_exported, skipped (marketing paused), blocked (not ready for sales), deferred (sending window or rate limit), failed, completed, exited */
      kind: string;
      /** Format: uuid */
      stepId: string | null;
      /** @enum {string|null} */
      stepChannel:
        | "email"
        | "call_task"
        | "meeting_task"
        | "presentation_task"
        | "proposal_task"
        | "direct_mail_task"
        | "ad_audience_export"
        | null;
      stepTitle: string | null;
      detail: {
        [key: string]: unknown;
      };
      at: string;
    };
    EmailTemplatePage: {
      data: components["schemas"]["EmailTemplate"][];
      nextCursor: string | null;
    };
    EmailTemplate: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      kind: "marketing" | "transactional";
      subject: string;
      body: string;
      fields: ("firstName" | "lastName" | "fullName" | "email" | "company" | "title" | "unsubscribeUrl")[];
      createdAt: string;
      updatedAt: string;
    };
    EmailTemplateInput: {
      name: string;
      /** @enum {string} */
      kind: "marketing" | "transactional";
      subject: string;
      body: string;
    };
    EmailTemplateUpdate: {
      name?: string;
      /** @enum {string} */
      kind?: "marketing" | "transactional";
      subject?: string;
      body?: string;
    };
    EmailSettings: {
      /** @description null: no SMTP server; messages go to the local outbox only */
      smtp: {
        host: string;
        port: number;
        /** @enum {string} */
        security: "tls" | "starttls" | "none";
        user: string | null;
        passwordSet: boolean;
      } | null;
      fromName: string;
      fromAddress: string;
      sendWindow: {
        timeZone: string;
        days: number[];
        start: string;
        end: string;
      };
      ratePerMinute: number;
      updatedAt: string | null;
    };
    EmailSettingsInput: {
      smtp: {
        host: string;
        port: number;
        /** @enum {string} */
        security: "tls" | "starttls" | "none";
        user?: string | null;
        password?: string | null;
      } | null;
      fromName: string;
      fromAddress: string;
      sendWindow: {
        timeZone: string;
        days: number[];
        start: string;
        end: string;
      };
      ratePerMinute: number;
    };
    OutboxPage: {
      data: components["schemas"]["OutboxMessage"][];
      nextCursor: string | null;
    };
    OutboxMessage: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      contactName: string | null;
      /** Format: uuid */
      enrolmentId: string | null;
      /** Format: uuid */
      stepId: string | null;
      /** Format: uuid */
      broadcastId: string | null;
      /** Format: uuid */
      templateId: string | null;
      /**
       * @description sales: a one-to-one sequence's mail
       * @enum {string}
       */
      kind: "marketing" | "sales" | "transactional";
      from: string;
      to: string;
      subject: string;
      messageId: string;
      /** @enum {string} */
      status: "queued" | "sending" | "sent" | "failed" | "skipped";
      /** @description Why it was skipped (suppressed, in_sales, no_consent, unsafe_header), why it failed, or the last temporary error */
      reason: string | null;
      attempts: number;
      /** @description Delivered to the local outbox only (no SMTP configured) */
      local: boolean;
      createdAt: string;
      sentAt: string | null;
    };
    OutboxMessageDetail: components["schemas"]["OutboxMessage"] & {
      textBody: string;
      /** @description The HTML part with tracking removed, for display in a sandbox */
      htmlBody: string;
      links: string[];
    };
    Newsletter: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      templateId: string;
      templateName: string | null;
      filter: {
        /** @enum {string} */
        temperature?: "cold" | "warm" | "hot";
        /** @enum {string} */
        stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
      };
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
      completedAt: string | null;
      /** @description Messages queued, and skipped by reason */
      counts: {
        queued: number;
        skipped: {
          [key: string]: number;
        };
      } | null;
    };
    NewsletterInput: {
      /** Format: uuid */
      templateId: string;
      /** @default {} */
      filter?: {
        /** @enum {string} */
        temperature?: "cold" | "warm" | "hot";
        /** @enum {string} */
        stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
      };
    };
    NewsletterPage: {
      data: components["schemas"]["Newsletter"][];
      nextCursor: string | null;
    };
    Consent: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      /** @enum {string} */
      purpose: "marketing";
      granted: boolean;
      source: string;
      text: string | null;
      occurredAt: string;
      /** Format: uuid */
      recordedBy: string | null;
    };
    ConsentInput: {
      /** @enum {string} */
      purpose: "marketing";
      granted: boolean;
      source: string;
      text?: string | null;
      /** Format: date-time */
      occurredAt?: string;
    };
    SuppressionPage: {
      data: components["schemas"]["Suppression"][];
      nextCursor: string | null;
    };
    Suppression: {
      email: string;
      /** @enum {string} */
      reason: "hard_bounce" | "unsubscribe" | "complaint" | "manual";
      detail: string | null;
      createdAt: string;
    };
    SuppressionInput: {
      email: string;
      /**
       * @default manual
       * @enum {string}
       */
      reason?: "hard_bounce" | "unsubscribe" | "complaint" | "manual";
      detail?: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      name: string;
      email: string;
      /** @enum {string} */
      role: "admin" | "marketing" | "sales" | "partner";
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string} */
      status: "active" | "invited" | "deactivated";
      lastLoginAt: string | null;
      /** @description When the pending invitation's link stops working; null when none is pending */
      invitationExpiresAt: string | null;
    };
    InviteUserInput: {
      /** Format: email */
      email: string;
      name: string;
      /** @enum {string} */
      role: "admin" | "marketing" | "sales" | "partner";
      /** Format: uuid */
      partnerId?: string | null;
    };
    UpdateUserInput: {
      name?: string;
      /** @enum {string} */
      role?: "admin" | "marketing" | "sales" | "partner";
      /** Format: uuid */
      partnerId?: string | null;
    };
    ChangePasswordInput: {
      currentPassword: string;
      newPassword: string;
    };
    ApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The key's first characters, to recognise it */
      prefix: string;
      /** Format: uuid */
      userId: string;
      userName: string;
      createdAt: string;
      /** @description When a request last authenticated with the key, to the minute; null if never */
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
    ApiKeyInput: {
      name: string;
    };
    Webhook: {
      /** Format: uuid */
      id: string;
      url: string;
      events: (
        | "contact.created"
        | "contact.stage_changed"
        | "contact.became_lead"
        | "contact.handed_over"
        | "contact.accepted"
        | "contact.recycled"
        | "contact.unsubscribed"
        | "deal.won"
        | "deal.lost"
      )[];
      active: boolean;
      /** @description Why Baton paused it (the receiver answered 410 Gone); null otherwise */
      pausedReason: string | null;
      description: string | null;
      /** @description The signing secret's last four characters */
      secretHint: string;
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
      updatedAt: string;
    };
    WebhookWithSecret: components["schemas"]["Webhook"] & {
      /** @description The signing secret (`whsec_…`). Returned only here: store it with the receiver. */
      secret: string;
    };
    /** @description `url`: http(s), no user name or password, not a private, loopback or link-local address (checked again at every delivery). */
    WebhookInput: {
      url: string;
      events: (
        | "contact.created"
        | "contact.stage_changed"
        | "contact.became_lead"
        | "contact.handed_over"
        | "contact.accepted"
        | "contact.recycled"
        | "contact.unsubscribed"
        | "deal.won"
        | "deal.lost"
      )[];
      description?: string | null;
      active?: boolean;
    };
    WebhookUpdate: {
      url?: string;
      events?: (
        | "contact.created"
        | "contact.stage_changed"
        | "contact.became_lead"
        | "contact.handed_over"
        | "contact.accepted"
        | "contact.recycled"
        | "contact.unsubscribed"
        | "deal.won"
        | "deal.lost"
      )[];
      description?: string | null;
      active?: boolean;
    };
    WebhookDelivery: {
      /**
       * Format: uuid
       * @description Sent as `Baton-Delivery`: the receiver's idempotency key
       */
      id: string;
      /** Format: uuid */
      subscriptionId: string;
      /** @description The event type, or `webhook.ping` for a test */
      event: string;
      /** Format: uuid */
      eventId: string;
      /**
       * @description pending (not attempted yet), failed (an attempt failed; tried again at nextAttemptAt), delivered, dead (no more attempts)
       * @enum {string}
       */
      status: "pending" | "failed" | "delivered" | "dead";
      attempts: number;
      nextAttemptAt: string | null;
      lastAttemptAt: string | null;
      lastStatusCode: number | null;
      /** @example timed out after 10 s */
      lastError: string | null;
      deliveredAt: string | null;
      createdAt: string;
      /** @description The JSON body sent */
      payload: {
        [key: string]: unknown;
      };
    };
    WebhookDeliveryPage: {
      data: components["schemas"]["WebhookDelivery"][];
      nextCursor: string | null;
    };
  };
  responses: {
    /** @description `validation_failed`: malformed JSON, a wrong type, an unknown field, text that cannot be stored, or an invalid Idempotency-Key */
    BadRequest: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `unauthenticated`: missing, unknown or revoked API key, or an expired session */
    Unauthenticated: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `forbidden`: the user's role may not do this, or a cookie-authenticated write lacks the X-Baton-Client header */
    Forbidden: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `not_found`: the record does not exist in this workspace */
    NotFound: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `conflict`: the change conflicts with existing records or the record's state, or a request with the same Idempotency-Key is still being processed */
    Conflict: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `payload_too_large`: the request body is larger than 8 MB */
    PayloadTooLarge: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `unsupported_media_type`: the body is not sent as application/json */
    UnsupportedMediaType: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `unknown_reference`: the request names a record that does not exist; `idempotency_mismatch`: the Idempotency-Key was used with a different request */
    Unprocessable: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `internal`: an unexpected error, logged on the server */
    InternalError: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description `unavailable`: the database cannot be reached (a restart) or its disk is full, and nothing was saved; the message says which, and the Retry-After header when to try again */
    Unavailable: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {
  /** Log in with email and password; sets an HttpOnly session cookie */
  logIn: {
    requestBody: {
      content: {
        "application/json": {
          /** Format: email */
          email: string;
          password: string;
          /** @description Slug, when the email is in several */
          workspace?: string;
        };
      };
    };
    responses: {
      /** @description Logged in */
      200: {
        content: {
          "application/json": components["schemas"]["Identity"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description Wrong email or password */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Too many attempts: ten per account in 15 minutes (a success clears them) or fifty failures per address; Retry-After says when to try again */
      429: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Log out
   * @description Ends the cookie session. Needs the X-Baton-Client header, like every cookie-authenticated write, so a form on another page cannot log anyone out.
   */
  logOut: {
    responses: {
      /** @description Logged out */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      /** @description Without the X-Baton-Client header */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Who is logged in */
  getMe: {
    responses: {
      /** @description The current user and workspace */
      200: {
        content: {
          "application/json": components["schemas"]["Identity"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Who an invitation link invites (the page greets them before they choose a password) */
  readInvitation: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["InvitationToken"];
      };
    };
    responses: {
      /** @description The invitation */
      200: {
        content: {
          "application/json": {
            email: string;
            name: string;
            workspace: {
              name: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description The link does not work (unknown, used, replaced, expired or its user deactivated: one answer for all) */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Too many requests from your address (600 a minute); Retry-After says when to try again */
      429: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Choose a password with an invitation link; logs in (sets the session cookie). The link works once */
  acceptInvitation: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["AcceptInvitationInput"];
      };
    };
    responses: {
      /** @description Logged in */
      200: {
        content: {
          "application/json": components["schemas"]["Identity"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description The link does not work (unknown, used, replaced, expired or its user deactivated: one answer for all) */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Too many requests from your address (600 a minute); Retry-After says when to try again */
      429: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * List contacts
   * @description Filters combine with AND. `sort` picks the order (newest first, name A–Z, last touch); without it, a `temperature` column read now is ordered by engagement (highest first; in the cold column the never-touched follow the positive scores, the negative ones come last), anything else newest first. Every order pages by a keyset cursor.
   */
  listContacts: {
    parameters: {
      query?: {
        stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
        ownerId?: string;
        /** @description The leads this program made: contacts whose first inbound response came from it */
        programId?: string;
        companyId?: string;
        /** @description Text search in email and name */
        q?: string;
        /** @description Contacts whose country is exactly this, regardless of case */
        country?: string;
        /** @description Contacts whose industry is exactly this, regardless of case */
        industry?: string;
        /** @description Contacts whose occupation is exactly this, regardless of case */
        occupation?: string;
        /** @description Contacts whose company size is exactly this, regardless of case */
        companySize?: string;
        /** @description Contacts whose income band is exactly this, regardless of case */
        incomeBand?: string;
        /** @description Contacts whose education is exactly this, regardless of case */
        education?: string;
        /** @description Read temperatures as of this instant (default: now) */
        at?: string;
        /** @description `exclude` leaves out customers and disqualified contacts, as the lead board does by default; `include` (the default) keeps them */
        closed?: "include" | "exclude";
        temperature?: "cold" | "warm" | "hot";
        /** @description `newest` (newest contact first), `name` (A–Z by the name shown — first and last name, else the email — compared letter by letter without case), `last_touch` (most recently touched first, never-touched contacts last). Without it: by engagement for a `temperature` read now, else newest first. */
        sort?: "newest" | "name" | "last_touch";
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of contacts */
      200: {
        content: {
          "application/json": components["schemas"]["ContactPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Create a contact
   * @description Emails are unique per workspace, case-insensitively. A new contact starts as a `prospect` unless `stage` says otherwise. A partner registering an email the workspace already holds outside its organisation gets 202 `under_review` — never whose it is — and the admins are notified.
   */
  createContact: {
    requestBody: {
      content: {
        "application/json": {
          /** Format: email */
          email: string;
          firstName?: string | null;
          lastName?: string | null;
          title?: string | null;
          phone?: string | null;
          /** Format: uuid */
          companyId?: string | null;
          occupation?: string | null;
          industry?: string | null;
          companySize?: string | null;
          incomeBand?: string | null;
          education?: string | null;
          country?: string | null;
          properties?: {
            [key: string]: string | number | boolean | null | string[];
          };
          /** Format: uuid */
          ownerId?: string | null;
          /** @enum {string} */
          stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
        };
      };
    };
    responses: {
      /** @description The created contact */
      201: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description A partner's registration of a contact held elsewhere, for an admin to settle */
      202: {
        content: {
          "application/json": components["schemas"]["RegistrationUnderReview"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Count contacts per temperature (the lead board's column headers) */
  countContactsByTemperature: {
    parameters: {
      query?: {
        stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
        ownerId?: string;
        /** @description The leads this program made: contacts whose first inbound response came from it */
        programId?: string;
        companyId?: string;
        /** @description Text search in email and name */
        q?: string;
        /** @description Contacts whose country is exactly this, regardless of case */
        country?: string;
        /** @description Contacts whose industry is exactly this, regardless of case */
        industry?: string;
        /** @description Contacts whose occupation is exactly this, regardless of case */
        occupation?: string;
        /** @description Contacts whose company size is exactly this, regardless of case */
        companySize?: string;
        /** @description Contacts whose income band is exactly this, regardless of case */
        incomeBand?: string;
        /** @description Contacts whose education is exactly this, regardless of case */
        education?: string;
        /** @description Read temperatures as of this instant (default: now) */
        at?: string;
        /** @description `exclude` leaves out customers and disqualified contacts, as the lead board does by default; `include` (the default) keeps them */
        closed?: "include" | "exclude";
      };
    };
    responses: {
      /** @description Counts */
      200: {
        content: {
          "application/json": {
            cold: number;
            warm: number;
            hot: number;
            total: number;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Give many contacts one owner
   * @description Up to 500 contacts in one transaction, all or nothing: an unknown contact (404, `details.missing`) or owner (422) changes nothing. `ownerId: null` leaves them unassigned. Staff only; partners are refused (403).
   */
  bulkAssignContacts: {
    requestBody: {
      content: {
        "application/json": {
          ids: string[];
          /** Format: uuid */
          ownerId: string | null;
        };
      };
    };
    responses: {
      /** @description The contacts now owned by ownerId */
      200: {
        content: {
          "application/json": {
            /** Format: uuid */
            ownerId: string | null;
            contactIds: string[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a contact */
  getContact: {
    parameters: {
      query?: {
        at?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The contact */
      200: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a contact with its touchpoints */
  deleteContact: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update a contact
   * @description Only the fields sent change. A stage change is recorded in the stage history with `stageReason`.
   */
  updateContact: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: email */
          email?: string;
          firstName?: string | null;
          lastName?: string | null;
          title?: string | null;
          phone?: string | null;
          /** Format: uuid */
          companyId?: string | null;
          occupation?: string | null;
          industry?: string | null;
          companySize?: string | null;
          incomeBand?: string | null;
          education?: string | null;
          country?: string | null;
          properties?: {
            [key: string]: string | number | boolean | null | string[];
          };
          /** Format: uuid */
          ownerId?: string | null;
          /** @enum {string} */
          stage?: "prospect" | "lead" | "sales_ready" | "in_sales" | "customer" | "recycled" | "disqualified";
          stageReason?: string;
        };
      };
    };
    responses: {
      /** @description The updated contact */
      200: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Erase a contact's personal data everywhere (GDPR; admins)
   * @description In one transaction: deletes the contact with their timeline, scores, stage history, tasks, hand-offs, enrolments, consents, outbox messages and proposals; keeps their deals (for revenue) without the person; deletes notifications and stored Idempotency-Key replies that name them; replaces any suppression of the address by a SHA-256 hash so the address is never mailed again. Records `contact.erased` in the audit log without personal data. `confirmEmail` must match the contact's address.
   */
  eraseContact: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EraseContactInput"];
      };
    };
    responses: {
      /** @description Erased */
      200: {
        content: {
          "application/json": components["schemas"]["ErasureResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A contact's touchpoints from both sides, newest first */
  getContactTimeline: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A page of the timeline */
      200: {
        content: {
          "application/json": components["schemas"]["TimelinePage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * A contact's stage history, oldest first
   * @description Every transition: from (null at creation), to, when it happened in the contact's life, and its cause — a touchpoint (a prospect's first inbound response), a deal, a hand-off, or a user by hand.
   */
  listContactStages: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The transitions */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["StageTransition"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Engagement, temperature and its explanation at an instant */
  getContactScore: {
    parameters: {
      query?: {
        at?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The score and each touchpoint's decayed contribution */
      200: {
        content: {
          "application/json": components["schemas"]["Score"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * The audit log, newest first (admins)
   * @description Append-only record of user, role and API key changes, deletions and GDPR erasures, settings changes, suppression list changes and CSV exports. Filter by action, actor, target and time; page with nextCursor.
   */
  listAuditEvents: {
    parameters: {
      query?: {
        action?:
          | "user.created"
          | "user.invited"
          | "user.invitation_resent"
          | "user.changed"
          | "user.role_changed"
          | "user.deactivated"
          | "user.reactivated"
          | "apikey.created"
          | "apikey.revoked"
          | "contact.deleted"
          | "contact.erased"
          | "export.downloaded"
          | "settings.changed"
          | "suppression.added"
          | "suppression.removed"
          | "webhook.created"
          | "webhook.changed"
          | "webhook.deleted"
          | "webhook.secret_rotated";
        actorUserId?: string;
        via?: "session" | "api_key" | "cli" | "system";
        targetType?: string;
        targetId?: string;
        /** @description Events at or after this instant */
        from?: string;
        /** @description Events before this instant */
        to?: string;
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of events */
      200: {
        content: {
          "application/json": components["schemas"]["AuditEventPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Record one touchpoint
   * @description Writes the touchpoint and updates the contact's temperature (and stage: a prospect's first inbound response makes it a lead) in one transaction. Any problem is a 4xx and nothing is written.
   */
  recordTouchpoint: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["TouchpointInput"];
      };
    };
    responses: {
      /** @description Already recorded under this externalId (duplicate) */
      200: {
        content: {
          "application/json": components["schemas"]["TouchpointResult"];
        };
      };
      /** @description Recorded */
      201: {
        content: {
          "application/json": components["schemas"]["TouchpointResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Record up to 1000 touchpoints
   * @description **Whole-batch errors** (nothing is written): malformed JSON, a body that is not `{ items: [...] }`, more than 1000 items, or any item with wrong types, unknown fields or an invalid value — answered 400 with every problem listed in `details.issues` (paths like `items.3.email`).  **Per-item errors** (the other items are written): an unknown contact, program or user, or an `occurredAt` more than 5 minutes in the future. Each item gets a result in `results[index]`: `created`, `duplicate` (its `externalId` was recorded before) or `error` with a code and message. All written items and their contacts' temperatures commit in one transaction.  Items without `programId` get the program whose `utmCampaign` key equals their `properties.utm_campaign` (resolved once for the whole batch), as for a single touchpoint.
   */
  recordTouchpoints: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["TouchpointBatch"];
      };
    };
    responses: {
      /** @description Per-item results */
      200: {
        content: {
          "application/json": {
            created: number;
            duplicates: number;
            errors: number;
            results: components["schemas"]["TouchpointResult"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      /** @description Body too large */
      413: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List companys */
  listCompanies: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of companys */
      200: {
        content: {
          "application/json": components["schemas"]["CompanyPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a company */
  createCompany: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["CompanyInput"];
      };
    };
    responses: {
      /** @description The created company */
      201: {
        content: {
          "application/json": components["schemas"]["Company"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a company */
  getCompany: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The company */
      200: {
        content: {
          "application/json": components["schemas"]["Company"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a company */
  deleteCompany: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update a company
   * @description Only the fields sent change.
   */
  updateCompany: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CompanyUpdate"];
      };
    };
    responses: {
      /** @description The updated company */
      200: {
        content: {
          "application/json": components["schemas"]["Company"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The touchpoints of all the company's contacts, newest first */
  getCompanyTimeline: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A page of the company's timeline */
      200: {
        content: {
          "application/json": components["schemas"]["CompanyTimelinePage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * List programs with their figures, newest first
   * @description Archived programs are left out unless `includeArchived=true`.
   */
  listPrograms: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        includeArchived?: "true" | "false";
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        ownerId?: string;
      };
    };
    responses: {
      /** @description A page of programs */
      200: {
        content: {
          "application/json": components["schemas"]["ProgramPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a program (marketing and admins) */
  createProgram: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramInput"];
      };
    };
    responses: {
      /** @description The created program */
      201: {
        content: {
          "application/json": components["schemas"]["Program"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a program with its figures */
  getProgram: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The program */
      200: {
        content: {
          "application/json": components["schemas"]["Program"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Delete a program that never touched anyone (marketing and admins)
   * @description Its cost lines and tracked links (with their click counts) are deleted with it. A program with touchpoints — it touched contacts or made leads — cannot be deleted (409); archive it instead.
   */
  deleteProgram: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update, archive or restore a program (marketing and admins)
   * @description Only the fields sent change. `archived: true` archives it, `false` restores it.
   */
  updateProgram: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramUpdate"];
      };
    };
    responses: {
      /** @description The updated program */
      200: {
        content: {
          "application/json": components["schemas"]["Program"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A program's dated cost lines, latest first */
  listProgramCosts: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The cost lines */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["ProgramCostLine"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Enter a dated cost line (marketing and admins)
   * @description A line is in the program's currency; a period's cost is the sum of the lines dated inside it.
   */
  addProgramCost: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramCostInput"];
      };
    };
    responses: {
      /** @description The cost line */
      201: {
        content: {
          "application/json": components["schemas"]["ProgramCostLine"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Remove a cost line (marketing and admins) */
  removeProgramCost: {
    parameters: {
      path: {
        id: string;
        costId: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Program scorecard: reach, leads and what became of them, cost, cost per lead, ROI
   * @description Per program (or channel) for a period of inclusive UTC days, the last 90 days by default. The response's `definitions` say exactly how each figure is made. A row with no program and no channel holds the leads no program made (only without filters).
   */
  getProgramScorecard: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "program" | "channel";
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        ownerId?: string;
        programId?: string;
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The scorecard */
      200: {
        content: {
          "application/json": components["schemas"]["ProgramScorecard"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * One program over time: reach, leads and cost per week or month
   * @description Weeks start on Monday; each bucket is clipped to the period (inclusive UTC days, the last 90 by default) and named by its first day in it. Reach counts distinct contacts within the bucket.
   */
  getProgramSeries: {
    parameters: {
      query: {
        from?: string;
        to?: string;
        programId: string;
        bucket?: "week" | "month";
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The series */
      200: {
        content: {
          "application/json": components["schemas"]["ProgramSeries"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Funnel: cohorts of leads by month, conversion per stage, time in stage, deal stages
   * @description Leads made in the period (inclusive UTC days, the last 90 by default), grouped by the month they became leads; `definitions` says how each figure is made. Filters: the program or channel that made the lead, the contact's owner. The CSV holds the cohort table.
   */
  getFunnel: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        programId?: string;
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        ownerId?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The funnel */
      200: {
        content: {
          "application/json": components["schemas"]["Funnel"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Attribution: the revenue of deals won in the period, credited to programs under each model
   * @description Per program (or channel), each model's credits of the deals won in the period (inclusive UTC days, the last 90 by default) in one currency. `unattributed` is what no touch earned (deals without touches, lead creation without a lead-creation touch); null with a channel filter. The `definitions` say how each model shares a deal.
   */
  getAttribution: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "program" | "channel";
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "application/json": components["schemas"]["AttributionReport"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One won deal's credits, touch by touch, under every model */
  getDealAttribution: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The deal's credits (none until it is won) */
      200: {
        content: {
          "application/json": components["schemas"]["DealAttribution"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Attribution settings: time decay's half-life and whether a deal's buying group counts */
  getAttributionSettings: {
    responses: {
      /** @description The settings */
      200: {
        content: {
          "application/json": components["schemas"]["AttributionSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Change the attribution settings and recompute every won deal's credits
   * @description In one transaction; `recomputedDeals` counts them. Admin and marketing only.
   */
  updateAttributionSettings: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["AttributionSettingsInput"];
      };
    };
    responses: {
      /** @description Saved and recomputed */
      200: {
        content: {
          "application/json": components["schemas"]["AttributionSettings"] & {
            recomputedDeals: number;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Source effectiveness: P(customer | lead), revenue per lead and per unit of cost, each with its 95 % interval
   * @description Per program (or channel), for the leads made in the period (inclusive UTC days, the last 90 by default): what they have become since. The `definitions` say how each interval is made.
   */
  getSourceEffectiveness: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "program" | "channel";
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "application/json": components["schemas"]["SourceEffectiveness"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Budget advice: where moving spend would buy more customers, by how many, and how sure that is
   * @description From each channel's (or program's) leads, customers and spend in the period — by default the last 12 whole months — whether to move spend from the weakest source to the strongest, the expected change in customers with its 90 % interval, or `not_enough_data` and about how many more leads would settle it. Sources under `minLeads` leads or without cost are listed in `excluded`, never judged. `reasoning` says how it was reached.
   */
  getBudgetAdvice: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "program" | "channel";
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        currency?: string;
        format?: "json" | "csv";
        moveFrom?: string;
        moveTo?: string;
      };
    };
    responses: {
      /** @description The advice */
      200: {
        content: {
          "application/json": components["schemas"]["BudgetAdvice"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * What sales heard: recycle reasons, objections and loss reasons of each program's leads
   * @description Per program, for the leads it made in the period (inclusive UTC days, the last 90 by default), what sales reported back: why hand-offs were recycled, the objections raised in their deals (and how many were overcome), and why deals were lost; loudest first.
   */
  getSalesFeedback: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        channel?:
          | "advertising"
          | "public_relations"
          | "social_media"
          | "relationship"
          | "brand"
          | "viral"
          | "referral"
          | "direct_mail"
          | "email"
          | "trade_show"
          | "website"
          | "content"
          | "community"
          | "partner"
          | "cold_calling"
          | "networking";
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "application/json": components["schemas"]["SalesFeedback"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Reverse funnel: from the period's quotas back to the won deals, opportunities, sales-ready leads and leads needed
   * @description At the rates of the last 12 whole months, each with its 95 % interval (the `range` of each tier), and whether the plan's lead target for the period covers the leads needed. `programs`: the same for each program that made leads in those months, at its own rates, against its plan's (else its channel's) lead target. Default: this quarter, the quotas' main currency.
   */
  getReverseFunnel: {
    parameters: {
      query?: {
        period?: "month" | "quarter";
        startsOn?: string;
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The reverse funnel */
      200: {
        content: {
          "application/json": components["schemas"]["ReverseFunnel"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Hand-offs: time to the owner's first touch against the SLA, acceptance, recycling and why, leads that cooled waiting
   * @description Per owner (default) or per the program that made the lead, for hand-offs in the period (inclusive UTC days, the last 90 by default).
   */
  getHandoffReport: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "owner" | "program";
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "application/json": components["schemas"]["HandoffReport"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Price deviations: discounts and give-aways of won deals against policy, approvals and time to decide, deals won outside policy
   * @description Per owner (default), sales channel (the price book's) or registering partner, for deals won in the period (inclusive UTC days, the last 90 by default) in one currency (by default the one most deals use). `outsidePolicyDeals` lists up to 200 won deals that today's policy flags with no approval for their exact lines; the figures count them all.
   */
  getPriceDeviationReport: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: "owner" | "channel" | "partner";
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "application/json": components["schemas"]["PriceDeviationReport"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Marketing plans, each against its actual */
  listPlans: {
    parameters: {
      query?: {
        period?: "month" | "quarter";
        startsOn?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description The plans (or one line per plan and figure as CSV) */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["MarketingPlan"][];
          };
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Set a plan for a month or quarter: the whole workspace, one channel or one program */
  createPlan: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["MarketingPlanInput"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          "application/json": components["schemas"]["MarketingPlan"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One plan against its actual */
  getPlan: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The plan */
      200: {
        content: {
          "application/json": components["schemas"]["MarketingPlan"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Remove a plan */
  deletePlan: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Change a plan's targets (null clears one) */
  updatePlan: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MarketingPlanUpdate"];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        content: {
          "application/json": components["schemas"]["MarketingPlan"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Sales conversion per rep and team: hand-offs, speed to first touch, win rate, cycle, quota, activities
   * @description For a period of inclusive UTC days (the last 90 by default); `definitions` says how each figure is made. Money in one currency (by default the one most deals use).
   */
  getSalesConversion: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        ownerId?: string;
        currency?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description Sales conversion */
      200: {
        content: {
          "application/json": components["schemas"]["SalesConversion"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Touches to close: touches before the win per customer, by side and by channel of first touch
   * @description Customers won in the period (inclusive UTC days, the last 90 by default): the distribution of their touches before the win, a histogram, and the share within the rule of thumb (8). The CSV holds the per-channel table.
   */
  getTouchesToClose: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        ownerId?: string;
        format?: "json" | "csv";
      };
    };
    responses: {
      /** @description Touches to close */
      200: {
        content: {
          "application/json": components["schemas"]["TouchesToClose"];
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * A program's tracked links, newest first, with their click counts
   * @description Archived links are included (`archived: true`): they keep redirecting.
   */
  listProgramLinks: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A page of links */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["ProgramLink"][];
            nextCursor: string | null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Mint a tracked link for a program (admins and marketing)
   * @description Draws a short code unique across the installation. The short URL redirects to `trackedUrl` and counts each click.
   */
  createProgramLink: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProgramLinkInput"];
      };
    };
    responses: {
      /** @description The link */
      201: {
        content: {
          "application/json": components["schemas"]["ProgramLink"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Archive a tracked link (admins and marketing)
   * @description The link leaves the list's default view; its short URL keeps redirecting and counting.
   */
  archiveProgramLink: {
    parameters: {
      path: {
        id: string;
        linkId: string;
      };
    };
    responses: {
      /** @description The archived link */
      200: {
        content: {
          "application/json": components["schemas"]["ProgramLink"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * The link's short URL personalised for one contact
   * @description `/l/{code}?c={token}`, where the token is signed with the workspace's key and names the contact and this link. A click on it records a `link_click` touchpoint for the contact, attributed to the program (a prospect's click makes it a lead). Computed, not stored: the same contact always gets the same URL.
   */
  getPersonalLinkUrl: {
    parameters: {
      query: {
        /** @description The contact to personalise for */
        contactId: string;
      };
      path: {
        id: string;
        linkId: string;
      };
    };
    responses: {
      /** @description The personalised short URL */
      200: {
        content: {
          "application/json": components["schemas"]["PersonalLinkUrl"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Temperature settings: weights per touchpoint kind, half-life and thresholds */
  getScoringSettings: {
    responses: {
      /** @description The settings */
      200: {
        content: {
          "application/json": components["schemas"]["ScoringSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Change the temperature settings and rescore every contact
   * @description Kinds left out of `weights` keep their weight. Every contact is rescored in the same transaction; `rescored` counts them. Admin and marketing only.
   */
  updateScoringSettings: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ScoringSettingsInput"];
      };
    };
    responses: {
      /** @description Saved and rescored */
      200: {
        content: {
          "application/json": {
            settings: components["schemas"]["ScoringSettings"];
            rescored: number;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The touchpoint kinds, their default side and default weight */
  listTouchpointKinds: {
    responses: {
      /** @description Kinds */
      200: {
        content: {
          "application/json": {
            data: {
              kind: string;
              label: string;
              side: string;
              defaultWeight: number;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Pipelines with their stages, and the workspace's loss reasons */
  listPipelines: {
    responses: {
      /** @description Pipelines */
      200: {
        content: {
          "application/json": {
            data: {
              /** Format: uuid */
              id: string;
              name: string;
              isDefault: boolean;
              stages: {
                key: string;
                name: string;
                /** @enum {string} */
                outcome: "open" | "won" | "lost";
                probability: number;
              }[];
            }[];
            lossReasons: {
              /** Format: uuid */
              id: string;
              label: string;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Create a pipeline with its ordered stages (admins)
   * @description Stages need at least one open stage, exactly one won and exactly one lost stage, and unique keys. Pipeline names are unique regardless of case.
   */
  createPipeline: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["PipelineInput"];
      };
    };
    responses: {
      /** @description The pipeline */
      201: {
        content: {
          "application/json": components["schemas"]["Pipeline"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The pipeline board: each stage with its deal count, totals per currency and the weighted forecast */
  getPipelineBoard: {
    parameters: {
      query?: {
        pipelineId?: string;
        ownerId?: string;
      };
    };
    responses: {
      /** @description Board */
      200: {
        content: {
          "application/json": {
            pipeline: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            stages: {
              key: string;
              name: string;
              /** @enum {string} */
              outcome: "open" | "won" | "lost";
              probability: number;
              count: number;
              totals: {
                currency: string;
                amountMinor: number;
              }[];
            }[];
            weightedForecast: {
              currency: string;
              amountMinor: number;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List deals */
  listDeals: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        pipelineId?: string;
        stage?: string;
        ownerId?: string;
        contactId?: string;
        companyId?: string;
        /** @description open (not won or lost) or closed */
        status?: "open" | "closed";
      };
    };
    responses: {
      /** @description A page of deals */
      200: {
        content: {
          "application/json": components["schemas"]["DealPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Open a deal for a contact
   * @description Amounts are integer minor units. The deal starts in the pipeline's first open stage unless `stage` names another open one. Admin and sales.
   */
  createDeal: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealInput"];
      };
    };
    responses: {
      /** @description The deal */
      201: {
        content: {
          "application/json": components["schemas"]["Deal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a deal with its line items, price-policy status and approvals */
  getDeal: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The deal */
      200: {
        content: {
          "application/json": components["schemas"]["DealDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a deal (admins) */
  deleteDeal: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Change a deal's name, owner, amount or expected close date
   * @description A deal with line items takes its amount and currency from them: changing either is a 409.
   */
  updateDeal: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealUpdate"];
      };
    };
    responses: {
      /** @description The deal */
      200: {
        content: {
          "application/json": components["schemas"]["DealDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Move a deal to another stage of its pipeline
   * @description A stage of another pipeline is a 400. Losing needs `lossReasonId` (400 without). Winning makes the contact a customer; a deal outside the discount policy is won only once an approval covers its exact line items (409 otherwise). A won or lost deal moves back only with `reopen: true` (409 otherwise).
   */
  moveDeal: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealMove"];
      };
    };
    responses: {
      /** @description The deal */
      200: {
        content: {
          "application/json": components["schemas"]["Deal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A deal's proposals and estimates, newest first */
  listDealProposals: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The deal's proposals */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Proposal"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Make a proposal or estimate (a draft) from the deal's line items
   * @description Copies the deal's line items as they are now: the draft, and the offer once sent, keep these lines whatever the deal's lines become. `validUntil` is the last day the prospect may accept, in the workspace's time zone (default: 30 days from today). Admin, sales and partner users, on deals they may see.
   */
  createProposal: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProposalInput"];
      };
    };
    responses: {
      /** @description The draft */
      201: {
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Proposals and estimates across the deals the reader may see, newest first
   * @description `status=sent` lists the offers still open to accept; `expired` the sent ones past their last day (in the workspace's time zone). `mine=true` keeps the deals the reader owns.
   */
  listProposals: {
    parameters: {
      query?: {
        status?: "draft" | "sent" | "accepted" | "declined" | "withdrawn" | "expired";
        mine?: "true" | "false";
        limit?: number;
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of proposals */
      200: {
        content: {
          "application/json": components["schemas"]["ProposalPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One proposal, with what the prospect did with it and its public link once sent */
  getProposal: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The proposal */
      200: {
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The proposal as a PDF (a draft is marked as one) */
  getProposalPdf: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The document */
      200: {
        content: {
          "application/pdf": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Send a draft: its public link starts working
   * @description Refused (409) when the offer's lines are outside the price policy and no approval covers exactly those lines, as for winning the deal. Sending withdraws the deal's other sent offers. Baton does not email the link: the answer's `publicUrl` is for the rep to send.
   */
  sendProposal: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The sent proposal */
      200: {
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Withdraw a draft or a sent offer: its public link stops working at once */
  withdrawProposal: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The withdrawn proposal */
      200: {
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The hand-off inbox (a sales user sees the leads handed to them) */
  listHandoffs: {
    parameters: {
      query?: {
        status?: "pending" | "accepted" | "recycled";
        ownerId?: string;
        contactId?: string;
      };
    };
    responses: {
      /** @description Hand-offs */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Handoff"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Accept a lead handed to you: it becomes in_sales */
  acceptHandoff: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Accepted */
      200: {
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "accepted" | "recycled";
            /** Format: uuid */
            contactId: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Hand a lead back to marketing with a reason
   * @description Reasons: not_ready, no_budget, bad_timing, bad_fit, no_response. The lead becomes `recycled` and is not handed over again before the cool-down ends.
   */
  recycleHandoff: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          reason: "not_ready" | "no_budget" | "bad_timing" | "bad_fit" | "no_response";
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Recycled */
      200: {
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "accepted" | "recycled";
            /** Format: uuid */
            contactId: string;
            cooldownUntil: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** When a lead is sales-ready, the SLA, business hours, cool-down and assignment rules */
  getHandoffSettings: {
    responses: {
      /** @description Settings */
      200: {
        content: {
          "application/json": components["schemas"]["HandoffSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Set the hand-off rule, SLA, business hours, cool-down and assignment rules (admin, marketing) */
  updateHandoffSettings: {
    requestBody: {
      content: {
        "application/json": {
          rule: {
            /** @enum {string} */
            temperature: "warm" | "hot";
            /** @enum {string|null} */
            minGrade: "A" | "B" | "C" | "D" | null;
          };
          slaMinutes: number;
          businessHours: {
            timeZone: string;
            days: number[];
            start: string;
            end: string;
          };
          recycleCooldownDays: number;
          assignmentRules: {
            /** @enum {string} */
            field: "country" | "industry" | "company_size" | "occupation";
            value: string;
            /** Format: uuid */
            userId: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Settings */
      200: {
        content: {
          "application/json": components["schemas"]["HandoffSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Your latest notifications */
  listMyNotifications: {
    responses: {
      /** @description Notifications */
      200: {
        content: {
          "application/json": components["schemas"]["Notifications"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Mark notifications read (all of yours without ids) */
  markNotificationsRead: {
    requestBody: {
      content: {
        "application/json": {
          ids?: string[];
        };
      };
    };
    responses: {
      /** @description Notifications */
      200: {
        content: {
          "application/json": components["schemas"]["Notifications"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List competitors */
  listCompetitors: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of competitors */
      200: {
        content: {
          "application/json": components["schemas"]["CompetitorPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a competitor */
  createCompetitor: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["CompetitorInput"];
      };
    };
    responses: {
      /** @description The created competitor */
      201: {
        content: {
          "application/json": components["schemas"]["Competitor"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a competitor */
  getCompetitor: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The competitor */
      200: {
        content: {
          "application/json": components["schemas"]["Competitor"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a competitor */
  deleteCompetitor: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update a competitor
   * @description Only the fields sent change.
   */
  updateCompetitor: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CompetitorUpdate"];
      };
    };
    responses: {
      /** @description The updated competitor */
      200: {
        content: {
          "application/json": components["schemas"]["Competitor"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The deals that named a competitor, newest first */
  listCompetitorDeals: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description A page of deals */
      200: {
        content: {
          "application/json": components["schemas"]["CompetitorDealPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * The workspace's list of common objections
   * @description A workspace without any gets a default list on first read.
   */
  listObjectionTypes: {
    responses: {
      /** @description Objection types */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["ObjectionType"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add an objection type (admin, marketing) */
  createObjectionType: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ObjectionTypeInput"];
      };
    };
    responses: {
      /** @description The objection type */
      201: {
        content: {
          "application/json": components["schemas"]["ObjectionType"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Delete an objection type (admin, marketing)
   * @description Refused with 409 while deal objections use it.
   */
  deleteObjectionType: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The competitors a deal met, with their battlecards */
  listDealCompetitors: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Battlecards */
      200: {
        content: {
          "application/json": components["schemas"]["DealCompetitors"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Replace the competitors a deal met
   * @description The list replaces the deal's set (an empty list clears it). An unknown competitor id is a 422 and changes nothing. Admin, sales, and partner users for their own deals.
   */
  replaceDealCompetitors: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealCompetitorsInput"];
      };
    };
    responses: {
      /** @description The deal's battlecards now */
      200: {
        content: {
          "application/json": components["schemas"]["DealCompetitors"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The objections raised in a deal, oldest first */
  listDealObjections: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Objections */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["DealObjection"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Record an objection raised in a deal
   * @description A type from the workspace's list, a free text, or both (400 with neither).
   */
  createDealObjection: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealObjectionInput"];
      };
    };
    responses: {
      /** @description The objection */
      201: {
        content: {
          "application/json": components["schemas"]["DealObjection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete an objection */
  deleteDealObjection: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Mark an objection overcome (or not), or change its text */
  updateDealObjection: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealObjectionUpdate"];
      };
    };
    responses: {
      /** @description The objection */
      200: {
        content: {
          "application/json": components["schemas"]["DealObjection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Rename a pipeline and/or replace its ordered stage list (admins)
   * @description `stages` is the full ordered list. Removing a stage, changing its key or changing its outcome while deals are in it is refused with 409 and nothing changes: move the deals first.
   */
  updatePipeline: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PipelineUpdate"];
      };
    };
    responses: {
      /** @description The pipeline */
      200: {
        content: {
          "application/json": components["schemas"]["Pipeline"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add a loss reason (admins) */
  createLossReason: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["LossReasonInput"];
      };
    };
    responses: {
      /** @description The loss reason */
      201: {
        content: {
          "application/json": components["schemas"]["LossReason"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Delete a loss reason no deal uses (admins)
   * @description Refused with 409 while deals keep it as their loss reason, or when it is the last one.
   */
  deleteLossReason: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Set a sales user's quota for a month or a quarter (admins)
   * @description `startsOn` is the period's first day (a quarter starts on January, April, July or October 1). Setting it again replaces the target.
   */
  setQuota: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["QuotaInput"];
      };
    };
    responses: {
      /** @description The quota */
      200: {
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            period: "month" | "quarter";
            startsOn: string;
            targetMinor: number;
            currency: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Quota attainment of every rep for a period, best first
   * @description Attainment counts the rep's deals won (closed in the pipeline's won stage) within the period, in the quota's currency.
   */
  getQuotaLeaderboard: {
    parameters: {
      query: {
        period: "month" | "quarter";
        startsOn: string;
      };
    };
    responses: {
      /** @description The leaderboard */
      200: {
        content: {
          "application/json": {
            data: {
              /** Format: uuid */
              userId: string;
              name: string;
              currency: string;
              targetMinor: number;
              wonMinor: number;
              wonDeals: number;
              ratio: number | null;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List products */
  listProducts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of products */
      200: {
        content: {
          "application/json": components["schemas"]["ProductPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a product */
  createProduct: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProductInput"];
      };
    };
    responses: {
      /** @description The created product */
      201: {
        content: {
          "application/json": components["schemas"]["Product"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a product */
  getProduct: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The product */
      200: {
        content: {
          "application/json": components["schemas"]["Product"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a product */
  deleteProduct: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update a product
   * @description Only the fields sent change.
   */
  updateProduct: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProductUpdate"];
      };
    };
    responses: {
      /** @description The updated product */
      200: {
        content: {
          "application/json": components["schemas"]["Product"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Price books (a partner user sees its own and its channel's) */
  listPriceBooks: {
    responses: {
      /** @description Price books */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["PriceBook"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a price book for a channel (admin, marketing) */
  createPriceBook: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["PriceBookInput"];
      };
    };
    responses: {
      /** @description The price book with its prices */
      201: {
        content: {
          "application/json": components["schemas"]["PriceBookDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a price book with its prices */
  getPriceBook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The price book with its prices */
      200: {
        content: {
          "application/json": components["schemas"]["PriceBookDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a price book no deal is priced from (admin, marketing) */
  deletePriceBook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Rename a price book or replace its prices (admin, marketing)
   * @description Deals keep the list prices they were priced with.
   */
  updatePriceBook: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PriceBookUpdate"];
      };
    };
    responses: {
      /** @description The price book with its prices */
      200: {
        content: {
          "application/json": components["schemas"]["PriceBookDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The discount policy: maximum discount by role and channel, give-aways allowed or not */
  getDiscountPolicy: {
    responses: {
      /** @description The policy */
      200: {
        content: {
          "application/json": components["schemas"]["DiscountPolicy"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Set the discount policy (admin, marketing)
   * @description Limits are basis points (100 = 1 %). The strictest of the seller's role limit and the channel limit applies; either falls back to `defaultMaxDiscountBp`.
   */
  updateDiscountPolicy: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["DiscountPolicyInput"];
      };
    };
    responses: {
      /** @description The policy */
      200: {
        content: {
          "application/json": components["schemas"]["DiscountPolicy"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Replace a deal's line items, priced from a price book
   * @description The book's currency must be the deal's (400 otherwise). Each product must be in the book (422). `unitPriceMinor` defaults to the book's price; `giveaway: true` charges nothing and shows the line's list value as given away. The deal's amount becomes the net total; a pending approval for other lines is superseded.
   */
  replaceDealLineItems: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DealLineItems"];
      };
    };
    responses: {
      /** @description The deal */
      200: {
        content: {
          "application/json": components["schemas"]["DealDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Ask for the deal's deviations from the discount policy to be approved
   * @description 409 when the deal is within policy, already approved as priced, or already waiting.
   */
  requestDealApproval: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalRequest"];
      };
    };
    responses: {
      /** @description The request */
      201: {
        content: {
          "application/json": components["schemas"]["Approval"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Approval requests, newest first (a sales rep sees those on their own deals) */
  listApprovals: {
    parameters: {
      query?: {
        status?: "pending" | "approved" | "rejected" | "superseded";
        dealId?: string;
      };
    };
    responses: {
      /** @description Approvals */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Approval"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Approve or reject a waiting request (admin, marketing; never the person who asked) */
  decideApproval: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalDecision"];
      };
    };
    responses: {
      /** @description The decided request */
      200: {
        content: {
          "application/json": components["schemas"]["Approval"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List partners */
  listPartners: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of partners */
      200: {
        content: {
          "application/json": components["schemas"]["PartnerPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a partner */
  createPartner: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["PartnerInput"];
      };
    };
    responses: {
      /** @description The created partner */
      201: {
        content: {
          "application/json": components["schemas"]["Partner"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read a partner */
  getPartner: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The partner */
      200: {
        content: {
          "application/json": components["schemas"]["Partner"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a partner */
  deletePartner: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Update a partner
   * @description Only the fields sent change.
   */
  updatePartner: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PartnerUpdate"];
      };
    };
    responses: {
      /** @description The updated partner */
      200: {
        content: {
          "application/json": components["schemas"]["Partner"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Plan a sales task (call, meeting, presentation, proposal, …) for a contact */
  createTask: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["TaskInput"];
      };
    };
    responses: {
      /** @description The task */
      201: {
        content: {
          "application/json": components["schemas"]["Task"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Complete a task: logs the matching sales touchpoint on the contact's timeline */
  completeTask: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TaskCompletion"];
      };
    };
    responses: {
      /** @description The completed task */
      200: {
        content: {
          "application/json": components["schemas"]["Task"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * My day: overdue tasks, tasks due today (UTC), and my hot contacts without a next step
   * @description Each list holds at most 100 tasks (the most pressing); the counts cover all of them.
   */
  getMyDay: {
    responses: {
      /** @description The day */
      200: {
        content: {
          "application/json": {
            overdue: (components["schemas"]["Task"] & {
              bucket: string;
            })[];
            /** @description All overdue tasks; the list holds the 100 oldest */
            overdueCount: number;
            /** @description All tasks due later today; the list holds the first 100 */
            todayCount: number;
            today: (components["schemas"]["Task"] & {
              bucket: string;
            })[];
            /** @description Two business days from now (the hand-off settings' business hours) */
            coolingBy: string;
            hotWithoutNextStep: {
              /** Format: uuid */
              contactId: string;
              name: string;
              hotUntil: string;
              /** @description It turns warm by `coolingBy`, with no next step planned */
              coolingSoon: boolean;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A contact's open tasks (soonest due first) and its 20 latest completed tasks */
  listContactTasks: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The tasks */
      200: {
        content: {
          "application/json": {
            open: components["schemas"]["Task"][];
            completed: components["schemas"]["Task"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Playbooks: per tier (cold, warm, hot), then one-to-one sequences, with their live steps */
  listPlaybooks: {
    responses: {
      /** @description The playbooks */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Playbook"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Create a playbook (or a one-to-one sequence, tier null) with its ordered steps
   * @description A step's channel must fit its side: call, meeting, presentation and proposal tasks are sales; direct mail and ad audience export are marketing; email is either. Email steps name a template of the workspace. Delays run from 0 to 525,600 minutes. Admins and marketing edit every playbook; sales users create and edit one-to-one sales sequences only.
   */
  createPlaybook: {
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string|null} */
          tier: "cold" | "warm" | "hot" | null;
          /** @enum {string} */
          side: "marketing" | "sales";
          /** @default true */
          active?: boolean;
          steps: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            side: "marketing" | "sales";
            /** @enum {string} */
            channel:
              | "email"
              | "call_task"
              | "meeting_task"
              | "presentation_task"
              | "proposal_task"
              | "direct_mail_task"
              | "ad_audience_export";
            delayMinutes: number;
            /** Format: uuid */
            templateId?: string | null;
            taskTitle?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description The playbook */
      201: {
        content: {
          "application/json": components["schemas"]["Playbook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One playbook with its live steps */
  getPlaybook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The playbook */
      200: {
        content: {
          "application/json": components["schemas"]["Playbook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Replace a playbook and its ordered step list
   * @description Steps sent with their id are updated in place (and moved to their new position); steps left out are retired — enrolment history keeps pointing at them; steps without an id are added. Each running enrolment stays on the step it was about to run. Deactivating the playbook ends its enrolments (`removed`); moving it to another tier ends them with `tier_changed`.
   */
  replacePlaybook: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string|null} */
          tier: "cold" | "warm" | "hot" | null;
          /** @enum {string} */
          side: "marketing" | "sales";
          /** @default true */
          active?: boolean;
          steps: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            side: "marketing" | "sales";
            /** @enum {string} */
            channel:
              | "email"
              | "call_task"
              | "meeting_task"
              | "presentation_task"
              | "proposal_task"
              | "direct_mail_task"
              | "ad_audience_export";
            delayMinutes: number;
            /** Format: uuid */
            templateId?: string | null;
            taskTitle?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description The playbook */
      200: {
        content: {
          "application/json": components["schemas"]["Playbook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete a playbook that never enrolled anyone (409 otherwise: deactivate it instead) */
  deletePlaybook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * The ad audience: contacts currently at the playbook's ad audience export step, as CSV
   * @description Active enrolments whose last step run was an ad audience export (optionally one `stepId`), with marketing consent, not suppressed and not owned by sales. Columns: email, first_name, last_name, phone, country, step_id, joined_at.
   */
  exportPlaybookAudience: {
    parameters: {
      query?: {
        stepId?: string;
      };
      path: {
        id: string;
      };
    };
    responses: {
      /** @description CSV with a header row */
      200: {
        content: {
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Enrolments, newest first, by contact, playbook and/or status */
  listEnrolments: {
    parameters: {
      query?: {
        contactId?: string;
        playbookId?: string;
        status?: "active" | "completed" | "exited";
        limit?: number;
        cursor?: string;
      };
    };
    responses: {
      /** @description A page of enrolments */
      200: {
        content: {
          "application/json": components["schemas"]["EnrolmentPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** What happened in one enrolment, oldest first */
  listEnrolmentEvents: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The events */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["EnrolmentEvent"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Enrol a contact in a one-to-one sequence
   * @description Refused with 409 for a sales sequence while the contact is a prospect, lead or recycled (not ready for sales) unless `override.reason` is given; the override is recorded with the user and lets the sequence's sales steps run for this enrolment. Also 409 for a tier playbook, an inactive sequence, a customer or disqualified contact, or a contact already in the sequence.
   */
  enrolInSequence: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          contactId: string;
          override?: {
            reason: string;
          };
        };
      };
    };
    responses: {
      /** @description The enrolment */
      201: {
        content: {
          "application/json": components["schemas"]["Enrolment"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Take a contact out of a playbook or sequence (exit reason `removed`) */
  exitEnrolment: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The ended enrolment */
      200: {
        content: {
          "application/json": components["schemas"]["Enrolment"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Email templates */
  listEmailTemplates: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description Templates, newest first */
      200: {
        content: {
          "application/json": components["schemas"]["EmailTemplatePage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Create an email template (admin, marketing)
   * @description Plain text with merge fields: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{company}}, {{title}}, {{unsubscribeUrl}}. Other fields, a stray {{ and a subject with a line break are refused. The HTML part is derived: escaped, paragraphs from blank lines, http(s) URLs as tracked links. Marketing templates without {{unsubscribeUrl}} get an unsubscribe line appended.
   */
  createEmailTemplate: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmailTemplateInput"];
      };
    };
    responses: {
      /** @description The template */
      201: {
        content: {
          "application/json": components["schemas"]["EmailTemplate"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Read an email template */
  getEmailTemplate: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The template */
      200: {
        content: {
          "application/json": components["schemas"]["EmailTemplate"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Delete an email template no newsletter used (admin, marketing) */
  deleteEmailTemplate: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Change an email template (admin, marketing)
   * @description Plain text with merge fields: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{company}}, {{title}}, {{unsubscribeUrl}}. Other fields, a stray {{ and a subject with a line break are refused. The HTML part is derived: escaped, paragraphs from blank lines, http(s) URLs as tracked links. Marketing templates without {{unsubscribeUrl}} get an unsubscribe line appended. Messages already queued keep what they were rendered with.
   */
  updateEmailTemplate: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmailTemplateUpdate"];
      };
    };
    responses: {
      /** @description The template */
      200: {
        content: {
          "application/json": components["schemas"]["EmailTemplate"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** How the workspace sends email (admin); the SMTP password is never returned */
  getEmailSettings: {
    responses: {
      /** @description The email settings */
      200: {
        content: {
          "application/json": components["schemas"]["EmailSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Set the SMTP server, sender, sending window and rate limit (admin)
   * @description smtp.password is write-only: leave it out to keep the stored one, send null to remove it. A sender name with a line break is refused.
   */
  updateEmailSettings: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmailSettingsInput"];
      };
    };
    responses: {
      /** @description The email settings */
      200: {
        content: {
          "application/json": components["schemas"]["EmailSettings"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Messages sent, waiting or skipped, newest first */
  listOutboxMessages: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: "queued" | "sending" | "sent" | "failed" | "skipped";
        contactId?: string;
        broadcastId?: string;
      };
    };
    responses: {
      /** @description A page of messages */
      200: {
        content: {
          "application/json": components["schemas"]["OutboxPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One message with its text and HTML parts */
  getOutboxMessage: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The message */
      200: {
        content: {
          "application/json": components["schemas"]["OutboxMessageDetail"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Newsletters, newest first */
  listBroadcasts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
    };
    responses: {
      /** @description Newsletters */
      200: {
        content: {
          "application/json": components["schemas"]["NewsletterPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Send a newsletter: queue a marketing template to every matching contact (admin, marketing)
   * @description Contacts sales owns (sales_ready, in_sales), suppressed addresses and contacts without marketing consent get a skipped message with the reason. One message per (newsletter, contact).
   */
  createBroadcast: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewsletterInput"];
      };
    };
    responses: {
      /** @description The newsletter and its counts */
      201: {
        content: {
          "application/json": components["schemas"]["Newsletter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One newsletter with its counts */
  getBroadcast: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The newsletter */
      200: {
        content: {
          "application/json": components["schemas"]["Newsletter"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A contact's consent history and current marketing consent */
  listContactConsents: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Newest first; `marketing` is the latest marketing consent (null: never recorded) */
      200: {
        content: {
          "application/json": {
            marketing: boolean | null;
            data: components["schemas"]["Consent"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Record consent given or withdrawn (source, the words shown, when)
   * @description Marketing mail goes only to contacts whose latest marketing consent is granted.
   */
  createContactConsent: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConsentInput"];
      };
    };
    responses: {
      /** @description The recorded consent */
      201: {
        content: {
          "application/json": components["schemas"]["Consent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The suppression list, newest first (admin, marketing) */
  listSuppressions: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        q?: string;
      };
    };
    responses: {
      /** @description Suppressed addresses */
      200: {
        content: {
          "application/json": components["schemas"]["SuppressionPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Suppress an address (admin, marketing) */
  createSuppression: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["SuppressionInput"];
      };
    };
    responses: {
      /** @description The suppression */
      201: {
        content: {
          "application/json": components["schemas"]["Suppression"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Take an address off the suppression list (admin, marketing) */
  deleteSuppression: {
    parameters: {
      path: {
        email: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The workspace's users, with their status (staff) */
  listUsers: {
    responses: {
      /** @description Users */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["User"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Invite a user by email; answers the one-time link to pass on (admins)
   * @description The user exists at once, with status `invited` and no password. The link (`<public URL>/invite/<token>`) lets them choose a password and works once, for 7 days; Baton keeps only the token's hash, so the link is in this answer only. When the workspace sends through SMTP, the invitation is also emailed (`emailedTo`), or `emailProblem` says why not. A partner user needs `partnerId`. An email already in the workspace is a 409.
   */
  inviteUser: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["InviteUserInput"];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        content: {
          "application/json": {
            /** @description The one-time link, shown this once and never stored */
            link: string;
            expiresAt: string;
            /** @description Where the invitation was emailed, when the workspace sends through SMTP; null when it was not */
            emailedTo: string | null;
            /** @description Why the email did not go out although SMTP is set up (the server's answer); pass the link on by hand */
            emailProblem: string | null;
            user: components["schemas"]["User"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A new invitation link for a user who has not accepted yet; the old link stops working (admins) */
  resendInvitation: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The new link */
      200: {
        content: {
          "application/json": {
            /** @description The one-time link, shown this once and never stored */
            link: string;
            expiresAt: string;
            /** @description Where the invitation was emailed, when the workspace sends through SMTP; null when it was not */
            emailedTo: string | null;
            /** @description Why the email did not go out although SMTP is set up (the server's answer); pass the link on by hand */
            emailProblem: string | null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Rename a user or change their role (admins)
   * @description Making someone a partner user needs `partnerId`; a partner user who becomes staff leaves their organisation. The workspace's last active admin cannot be given another role (409).
   */
  updateUser: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUserInput"];
      };
    };
    responses: {
      /** @description The user */
      200: {
        content: {
          "application/json": components["schemas"]["User"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Deactivate a user: their sessions end and their API keys are revoked at once (admins)
   * @description The workspace's last active admin cannot be deactivated (409). Deactivating twice changes nothing.
   */
  deactivateUser: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The user */
      200: {
        content: {
          "application/json": components["schemas"]["User"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Let a deactivated user log in again (admins); their old API keys stay revoked */
  reactivateUser: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The user */
      200: {
        content: {
          "application/json": components["schemas"]["User"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Change my password; my other sessions end, this one stays */
  changeMyPassword: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangePasswordInput"];
      };
    };
    responses: {
      /** @description Changed */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** My API keys, newest first; with `everyone=true` every user's (admins) */
  listApiKeys: {
    parameters: {
      query?: {
        /** @description Every user's keys (admins only) */
        everyone?: "true" | "false";
      };
    };
    responses: {
      /** @description Keys, never the keys themselves */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["ApiKey"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create an API key acting as me; the key is in this answer only */
  createApiKey: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApiKeyInput"];
      };
    };
    responses: {
      /** @description The key */
      201: {
        content: {
          "application/json": components["schemas"]["ApiKey"] & {
            /** @description Shown this once */
            key: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Revoke an API key (mine; admins any): the next request with it is refused */
  revokeApiKey: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The revoked key */
      200: {
        content: {
          "application/json": components["schemas"]["ApiKey"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * The workspace's webhook subscriptions
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
   */
  listWebhooks: {
    responses: {
      /** @description Subscriptions */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Webhook"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Subscribe a URL to events
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. The answer holds the signing secret, shown this once.
   */
  createWebhook: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookInput"];
      };
    };
    responses: {
      /** @description The subscription and its secret */
      201: {
        content: {
          "application/json": components["schemas"]["WebhookWithSecret"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * One webhook subscription
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
   */
  getWebhook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The subscription */
      200: {
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Delete a subscription and its deliveries
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
   */
  deleteWebhook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description Deleted */
      204: {
        content: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Change a subscription's URL, events, description or switch it on or off
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
   */
  updateWebhook: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookUpdate"];
      };
    };
    responses: {
      /** @description The subscription */
      200: {
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Replace the signing secret
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Deliveries attempted from now on are signed with the new secret, returned this once.
   */
  rotateWebhookSecret: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The subscription and its new secret */
      200: {
        content: {
          "application/json": components["schemas"]["WebhookWithSecret"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Send a test delivery (`webhook.ping`)
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Queued like any delivery and sent within seconds; follow it in the deliveries list.
   */
  testWebhook: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The test delivery, queued */
      202: {
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Webhook deliveries, newest first
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. Filter by `status` (e.g. `dead`: the dead letters) or `subscriptionId`.
   */
  listWebhookDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: "pending" | "failed" | "delivered" | "dead";
        subscriptionId?: string;
      };
    };
    responses: {
      /** @description A page of deliveries */
      200: {
        content: {
          "application/json": components["schemas"]["WebhookDeliveryPage"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * One webhook delivery
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.
   */
  getWebhookDelivery: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The delivery */
      200: {
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Replay a failed or dead delivery
   * @description Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries. It starts its retry schedule again, due now, with the same `Baton-Delivery` id.
   */
  replayWebhookDelivery: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description The delivery, queued again */
      202: {
        content: {
          "application/json": components["schemas"]["WebhookDelivery"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      422: components["responses"]["Unprocessable"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["Unavailable"];
    };
  };
}
