package org.waymark.store;

import org.waymark.domain.RoundForm;
import org.waymark.domain.RoundReturn;
import org.waymark.domain.UpdateRound;

import org.waymark.domain.*;

import java.util.List;

/** The row writers for each audited table: which record component goes to which column. */
public final class Tables {

    private Tables() {}

    /** Touching this class constructs (and so registers) every writer below. */
    static void ensureLoaded() { /* class initialisation does the work */ }

    static final RowWriter<Action> ACTION = new RowWriter<>("action", "action", Action.class, List.of(
            new Column<>("ref", "ref", Action::ref),
            new Column<>("title", "title", Action::title),
            new Column<>("description", "description", a -> a.description() == null ? "" : a.description()),
            new Column<>("requirement", "requirement_id", Action::requirementId),
            new Column<>("theme", "theme_id", Action::themeId),
            new Column<>("executiveLead", "executive_lead_id", Action::executiveLeadId),
            new Column<>("operationalLead", "operational_lead_id", Action::operationalLeadId),
            new Column<>("committee", "committee_id", Action::committeeId),
            new Column<>("start", "start_date", Action::start),
            new Column<>("originalDue", "original_due", Action::originalDue),
            new Column<>("currentDue", "current_due", Action::currentDue),
            new Column<>("status", "status", Action::status),
            new Column<>("progress", "progress", Action::progress),
            new Column<>("bragOverride", "brag_override", a -> a.override() == null ? null : a.override().brag()),
            new Column<>("bragOverrideReason", "brag_override_reason", a -> a.override() == null ? null : a.override().reason()),
            new Column<>("signedOffBy", "signed_off_by", a -> a.signOff() == null ? null : a.signOff().signedOffBy()),
            new Column<>("signedOffCommittee", "signed_off_committee_id", a -> a.signOff() == null ? null : a.signOff().committeeId()),
            new Column<>("signedOffOn", "signed_off_on", a -> a.signOff() == null ? null : a.signOff().signedOn())));

    static final RowWriter<RegulatorySource> SOURCE = new RowWriter<>("source", "source", RegulatorySource.class, List.of(
            new Column<>("kind", "kind", RegulatorySource::kind),
            new Column<>("reference", "reference", RegulatorySource::reference),
            new Column<>("title", "title", RegulatorySource::title),
            new Column<>("issued", "issued", RegulatorySource::issued),
            new Column<>("regulations", "regulations", s -> s.regulations() == null ? "" : s.regulations())));

    static final RowWriter<Requirement> REQUIREMENT = new RowWriter<>("requirement", "requirement", Requirement.class, List.of(
            new Column<>("source", "source_id", Requirement::sourceId),
            new Column<>("ref", "ref", Requirement::ref),
            new Column<>("priority", "priority", Requirement::priority),
            new Column<>("text", "text", Requirement::text),
            new Column<>("regulation", "regulation", Requirement::regulation),
            new Column<>("keyQuestion", "key_question", Requirement::keyQuestion),
            new Column<>("coreService", "core_service_id", Requirement::coreServiceId),
            new Column<>("deadline", "deadline", Requirement::deadline)));

    static final RowWriter<Person> PERSON = new RowWriter<>("person", "person", Person.class, List.of(
            new Column<>("name", "name", Person::name),
            new Column<>("jobTitle", "job_title", p -> nz(p.jobTitle())),
            new Column<>("directorate", "directorate", p -> nz(p.directorate())),
            new Column<>("contact", "contact", p -> nz(p.contact())),
            new Column<>("email", "email", p -> nz(p.email())),
            new Column<>("mayVerify", "may_verify", p -> p.mayVerify() ? 1 : 0),
            new Column<>("maySignOff", "may_sign_off", p -> p.maySignOff() ? 1 : 0),
            new Column<>("mayApprove", "may_approve", p -> p.mayApprove() ? 1 : 0)));

    static final RowWriter<Committee> COMMITTEE = new RowWriter<>("committee", "committee", Committee.class, List.of(
            new Column<>("name", "name", Committee::name)));

    static final RowWriter<Theme> THEME = new RowWriter<>("theme", "theme", Theme.class, List.of(
            new Column<>("name", "name", Theme::name),
            new Column<>("description", "description", t -> nz(t.description()))));

    static final RowWriter<CoreService> CORE_SERVICE = new RowWriter<>("core_service", "core_service", CoreService.class, List.of(
            new Column<>("code", "code", CoreService::code),
            new Column<>("name", "name", CoreService::name)));

    static final RowWriter<BafRisk> BAF_RISK = new RowWriter<>("baf_risk", "baf_risk", BafRisk.class, List.of(
            new Column<>("ref", "ref", BafRisk::ref),
            new Column<>("title", "title", BafRisk::title)));

    static final RowWriter<DateRevision> DATE_REVISION = new RowWriter<>("date_revision", "date_revision", DateRevision.class, List.of(
            new Column<>("action", "action_id", DateRevision::actionId),
            new Column<>("oldDue", "old_due", DateRevision::oldDue),
            new Column<>("newDue", "new_due", DateRevision::newDue),
            new Column<>("reason", "reason", DateRevision::reason),
            new Column<>("interimControl", "interim_control", DateRevision::interimControl),
            new Column<>("approvedBy", "approved_by", DateRevision::approvedBy),
            new Column<>("approvedOn", "approved_on", DateRevision::approvedOn)));

    static final RowWriter<Milestone> MILESTONE = new RowWriter<>("milestone", "milestone", Milestone.class, List.of(
            new Column<>("action", "action_id", Milestone::actionId),
            new Column<>("title", "title", Milestone::title),
            new Column<>("due", "due", Milestone::due),
            new Column<>("completedOn", "completed_on", Milestone::completedOn)));

    static final RowWriter<EvidenceItem> EVIDENCE = new RowWriter<>("evidence", "evidence", EvidenceItem.class, List.of(
            new Column<>("action", "action_id", EvidenceItem::actionId),
            new Column<>("kind", "kind", EvidenceItem::kind),
            new Column<>("reference", "reference", EvidenceItem::reference),
            new Column<>("description", "description", e -> nz(e.description())),
            new Column<>("added", "added_on", EvidenceItem::added),
            new Column<>("verifiedBy", "verified_by", EvidenceItem::verifiedBy),
            new Column<>("verifiedOn", "verified_on", EvidenceItem::verifiedOn),
            new Column<>("reviewDate", "review_date", EvidenceItem::reviewDate)));

    static final RowWriter<ProgressUpdate> UPDATE = new RowWriter<>("progress_update", "progress_update", ProgressUpdate.class, List.of(
            new Column<>("action", "action_id", ProgressUpdate::actionId),
            new Column<>("postedOn", "posted_on", ProgressUpdate::postedOn),
            new Column<>("author", "author", ProgressUpdate::author),
            new Column<>("text", "text", ProgressUpdate::text),
            new Column<>("progress", "progress", ProgressUpdate::progress)));

    static final RowWriter<Metric> METRIC = new RowWriter<>("metric", "metric", Metric.class, List.of(
            new Column<>("name", "name", Metric::name),
            new Column<>("unit", "unit", m -> nz(m.unit())),
            new Column<>("direction", "direction", Metric::direction)));

    static final RowWriter<MetricDefinition> METRIC_DEFINITION = new RowWriter<>("metric_definition", "metric_definition", MetricDefinition.class, List.of(
            new Column<>("metric", "metric_id", MetricDefinition::metricId),
            new Column<>("effectiveFrom", "effective_from", MetricDefinition::effectiveFrom),
            new Column<>("label", "label", MetricDefinition::label),
            new Column<>("unit", "unit", d -> nz(d.unit())),
            new Column<>("direction", "direction", MetricDefinition::direction),
            new Column<>("target", "target", MetricDefinition::target),
            new Column<>("description", "description", d -> nz(d.description()))));

    static final RowWriter<ExitCriterion> EXIT_CRITERION = new RowWriter<>("exit_criterion", "exit_criterion", ExitCriterion.class, List.of(
            new Column<>("title", "title", ExitCriterion::title),
            new Column<>("kind", "kind", ExitCriterion::kind),
            new Column<>("metric", "metric_id", ExitCriterion::metricId),
            new Column<>("months", "months", ExitCriterion::months),
            new Column<>("manualMet", "manual_met", ExitCriterion::manualMet),
            new Column<>("evidence", "evidence", e -> nz(e.evidence())),
            new Column<>("assessedBy", "assessed_by", ExitCriterion::assessedBy),
            new Column<>("assessedOn", "assessed_on", ExitCriterion::assessedOn)));

    static final RowWriter<BoardMeeting> BOARD_MEETING = new RowWriter<>("board_meeting", "board_meeting", BoardMeeting.class, List.of(
            new Column<>("name", "name", BoardMeeting::name),
            new Column<>("meetingDate", "meeting_date", BoardMeeting::meetingDate)));

    static final RowWriter<Inspection> INSPECTION = new RowWriter<>("inspection", "inspection", Inspection.class, List.of(
            new Column<>("label", "label", Inspection::label),
            new Column<>("visitStart", "visit_start", Inspection::visitStart),
            new Column<>("visitEnd", "visit_end", Inspection::visitEnd),
            new Column<>("published", "published", Inspection::published)));

    // Update rounds: written by RoundStore, one audited "created" row each, so the replay reads them like any other.
    static final RowWriter<UpdateRound> UPDATE_ROUND = new RowWriter<>("update_round", "update_round", UpdateRound.class, List.of(
            new Column<>("startedOn", "started_on", UpdateRound::startedOn),
            new Column<>("returnBy", "return_by", UpdateRound::returnBy),
            new Column<>("startedBy", "started_by", UpdateRound::startedBy)));

    static final RowWriter<RoundForm> ROUND_FORM = new RowWriter<>("round_form", "round_form", RoundForm.class, List.of(
            new Column<>("roundId", "round_id", RoundForm::roundId),
            new Column<>("personId", "person_id", RoundForm::personId),
            new Column<>("token", "token", RoundForm::token),
            new Column<>("digest", "digest", RoundForm::digest),
            new Column<>("issuedOn", "issued_on", RoundForm::issuedOn),
            new Column<>("actions", "actions", RoundForm::actions),
            new Column<>("chase", "chase", RoundForm::chase)));

    static final RowWriter<RoundReturn> ROUND_RETURN = new RowWriter<>("round_return", "round_return", RoundReturn.class, List.of(
            new Column<>("formId", "form_id", RoundReturn::formId),
            new Column<>("readOn", "read_on", RoundReturn::readOn),
            new Column<>("fileName", "file_name", RoundReturn::fileName),
            new Column<>("accepted", "accepted", RoundReturn::accepted),
            new Column<>("conflicts", "conflicts", RoundReturn::conflicts),
            new Column<>("rejected", "rejected", RoundReturn::rejected),
            new Column<>("appliedBy", "applied_by", RoundReturn::appliedBy)));

    // Board questions: created when the lead reads a member's file back; the answer is changed field by field.
    static final RowWriter<BoardQuestion> BOARD_QUESTION = new RowWriter<>("board_question", "board_question", BoardQuestion.class, List.of(
            new Column<>("uid", "uid", BoardQuestion::uid),
            new Column<>("meetingId", "meeting_id", BoardQuestion::meetingId),
            new Column<>("meeting", "meeting", BoardQuestion::meeting),
            new Column<>("askedBy", "asked_by", BoardQuestion::askedBy),
            new Column<>("askedOn", "asked_on", BoardQuestion::askedOn),
            new Column<>("kind", "kind", BoardQuestion::kind),
            new Column<>("actionId", "action_id", BoardQuestion::actionId),
            new Column<>("actionRef", "action_ref", BoardQuestion::actionRef),
            new Column<>("section", "section", BoardQuestion::section),
            new Column<>("text", "text", BoardQuestion::text),
            new Column<>("chainRow", "chain_row", BoardQuestion::chainRow),
            new Column<>("chainHash", "chain_hash", BoardQuestion::chainHash),
            new Column<>("answer", "answer", BoardQuestion::answer),
            new Column<>("answeredBy", "answered_by", BoardQuestion::answeredBy),
            new Column<>("answeredOn", "answered_on", BoardQuestion::answeredOn)));

    // Regime history: only ever added to, one audited "created" row per step.
    static final RowWriter<RegimeEntry> REGIME_HISTORY = new RowWriter<>("regime_history", "regime_history", RegimeEntry.class, List.of(
            new Column<>("effectiveOn", "effective_on", RegimeEntry::effectiveOn),
            new Column<>("event", "event", RegimeEntry::event),
            new Column<>("regime", "regime", RegimeEntry::regime),
            new Column<>("segment", "segment", RegimeEntry::segment),
            new Column<>("note", "note", RegimeEntry::note)));

    static final RowWriter<FrameworkTag> FRAMEWORK_TAG = new RowWriter<>("framework_tag", "framework_tag", FrameworkTag.class, List.of(
            new Column<>("requirementId", "requirement_id", FrameworkTag::requirementId),
            new Column<>("actionId", "action_id", FrameworkTag::actionId),
            new Column<>("framework", "framework", FrameworkTag::framework),
            new Column<>("code", "code", FrameworkTag::code),
            new Column<>("needsReview", "needs_review", t -> t.needsReview() ? 1 : 0)));

    private static String nz(String s) { return s == null ? "" : s; }
}
