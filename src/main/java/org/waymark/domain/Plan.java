package org.waymark.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one plan file holds, loaded into memory. Immutable: a change goes through the app layer and
 * yields a new Plan. Child rows (revisions, evidence…) are indexed by action for the rules.
 */
public final class Plan {

    private final Organisation organisation;
    private final RegimeHistory regimeHistory;
    private final BragKey bragKey;
    private final List<CoreService> coreServices;
    private final List<Person> people;
    private final List<Committee> committees;
    private final List<Theme> themes;
    private final List<BafRisk> bafRisks;
    private final List<Inspection> inspections;
    private final List<RegulatorySource> sources;
    private final List<Requirement> requirements;
    private final List<Action> actions;
    private final Map<Long, List<DateRevision>> revisions;
    private final Map<Long, List<Milestone>> milestones;
    private final Map<Long, List<EvidenceItem>> evidence;
    private final Map<Long, List<ProgressUpdate>> updates;
    private final Map<Long, List<Long>> actionBafRisks;
    private final List<Metric> metrics;
    private final List<ExitCriterion> exitCriteria;
    private final List<BoardMeeting> boardMeetings;
    private final List<Snapshot> snapshots;

    private final Map<Long, Requirement> requirementsById;
    private final Map<Long, Person> peopleById;
    private final Map<Long, CoreService> coreServicesById;
    private final Map<Long, Action> actionsById;

    public Plan(Organisation organisation, RegimeHistory regimeHistory, BragKey bragKey, List<CoreService> coreServices, List<Person> people,
                List<Committee> committees, List<Theme> themes, List<BafRisk> bafRisks, List<Inspection> inspections,
                List<RegulatorySource> sources, List<Requirement> requirements, List<Action> actions,
                List<DateRevision> revisions, List<Milestone> milestones, List<EvidenceItem> evidence,
                List<ProgressUpdate> updates, Map<Long, List<Long>> actionBafRisks, List<Metric> metrics,
                List<ExitCriterion> exitCriteria, List<BoardMeeting> boardMeetings, List<Snapshot> snapshots) {
        this(organisation, regimeHistory, bragKey, List.copyOf(coreServices), List.copyOf(people), List.copyOf(committees), List.copyOf(themes),
                List.copyOf(bafRisks), List.copyOf(inspections), List.copyOf(sources), List.copyOf(requirements), List.copyOf(actions),
                group(revisions, DateRevision::actionId), group(milestones, Milestone::actionId), group(evidence, EvidenceItem::actionId),
                group(updates, ProgressUpdate::actionId), Map.copyOf(actionBafRisks), List.copyOf(metrics), List.copyOf(exitCriteria),
                boardMeetings.stream().sorted(Comparator.comparing(BoardMeeting::meetingDate)).toList(),
                snapshots.stream().sorted(Comparator.comparing(Snapshot::takenAt)).toList());
    }

    /** Takes lists and maps that are already immutable, grouped and sorted. */
    private Plan(Organisation organisation, RegimeHistory regimeHistory, BragKey bragKey, List<CoreService> coreServices, List<Person> people,
                 List<Committee> committees, List<Theme> themes, List<BafRisk> bafRisks, List<Inspection> inspections,
                 List<RegulatorySource> sources, List<Requirement> requirements, List<Action> actions,
                 Map<Long, List<DateRevision>> revisions, Map<Long, List<Milestone>> milestones, Map<Long, List<EvidenceItem>> evidence,
                 Map<Long, List<ProgressUpdate>> updates, Map<Long, List<Long>> actionBafRisks, List<Metric> metrics,
                 List<ExitCriterion> exitCriteria, List<BoardMeeting> boardMeetings, List<Snapshot> snapshots) {
        this.organisation = organisation;
        this.regimeHistory = regimeHistory;
        this.bragKey = bragKey;
        this.coreServices = coreServices;
        this.people = people;
        this.committees = committees;
        this.themes = themes;
        this.bafRisks = bafRisks;
        this.inspections = inspections;
        this.sources = sources;
        this.requirements = requirements;
        this.actions = actions;
        this.revisions = revisions;
        this.milestones = milestones;
        this.evidence = evidence;
        this.updates = updates;
        this.actionBafRisks = actionBafRisks;
        this.metrics = metrics;
        this.exitCriteria = exitCriteria;
        this.boardMeetings = boardMeetings;
        this.snapshots = snapshots;
        this.requirementsById = index(this.requirements, Requirement::id);
        this.peopleById = index(this.people, Person::id);
        this.coreServicesById = index(this.coreServices, CoreService::id);
        this.actionsById = index(this.actions, Action::id);
    }

    /**
     * This plan with the rows of the given actions replaced by {@code rows}, as re-read after a write: an action
     * missing from {@code rows} has gone. Everything else is shared with this plan, so a write at 20,000 actions
     * costs a few map copies instead of a whole reload.
     */
    public Plan withActions(ActionRows rows) {
        Map<Long, Action> fresh = new HashMap<>();
        for (Action a : rows.actions()) fresh.put(a.id(), a);
        List<Action> merged = new ArrayList<>(actions.size() + fresh.size());
        for (Action a : actions) {
            if (!rows.ids().contains(a.id())) merged.add(a);
            else if (fresh.containsKey(a.id())) merged.add(fresh.remove(a.id())); // changed in place: keeps id order
        }
        if (!fresh.isEmpty()) { // new actions: rare, so only then sort
            merged.addAll(fresh.values());
            merged.sort(Comparator.comparingLong(Action::id));
        }
        return new Plan(organisation, regimeHistory, bragKey, coreServices, people, committees, themes, bafRisks, inspections, sources,
                requirements, List.copyOf(merged), regroup(revisions, rows.ids(), rows.revisions(), DateRevision::actionId),
                regroup(milestones, rows.ids(), rows.milestones(), Milestone::actionId), regroup(evidence, rows.ids(), rows.evidence(), EvidenceItem::actionId),
                regroup(updates, rows.ids(), rows.updates(), ProgressUpdate::actionId), actionBafRisks, metrics, exitCriteria, boardMeetings, snapshots);
    }

    /** The rows of some actions, each list in the order a whole load gives. */
    public record ActionRows(java.util.Set<Long> ids, List<Action> actions, List<DateRevision> revisions, List<Milestone> milestones,
                             List<EvidenceItem> evidence, List<ProgressUpdate> updates) {}

    private static <T> Map<Long, List<T>> regroup(Map<Long, List<T>> old, java.util.Set<Long> ids, List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> m = new HashMap<>(old);
        m.keySet().removeAll(ids);
        m.putAll(group(rows, key));
        return Collections.unmodifiableMap(m);
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> m = new HashMap<>();
        for (T row : rows) m.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        m.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(m);
    }

    private static <T> Map<Long, T> index(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    public Organisation organisation() { return organisation; }
    public RegimeHistory regimeHistory() { return regimeHistory; }
    public BragKey bragKey() { return bragKey; }
    public List<CoreService> coreServices() { return coreServices; }
    public List<Person> people() { return people; }
    public List<Committee> committees() { return committees; }
    public List<Theme> themes() { return themes; }
    public List<BafRisk> bafRisks() { return bafRisks; }
    public List<Inspection> inspections() { return inspections; }
    public List<RegulatorySource> sources() { return sources; }
    public List<Requirement> requirements() { return requirements; }
    public List<Action> actions() { return actions; }
    public List<Metric> metrics() { return metrics; }
    public List<ExitCriterion> exitCriteria() { return exitCriteria; }
    public List<BoardMeeting> boardMeetings() { return boardMeetings; }
    public List<Snapshot> snapshots() { return snapshots; }

    public List<DateRevision> revisionsOf(long actionId) { return revisions.getOrDefault(actionId, List.of()); }
    public List<Milestone> milestonesOf(long actionId) { return milestones.getOrDefault(actionId, List.of()); }
    public List<EvidenceItem> evidenceOf(long actionId) { return evidence.getOrDefault(actionId, List.of()); }
    public List<ProgressUpdate> updatesOf(long actionId) { return updates.getOrDefault(actionId, List.of()); }
    public List<Long> bafRisksOf(long actionId) { return actionBafRisks.getOrDefault(actionId, List.of()); }

    public Optional<Requirement> requirement(Long id) { return Optional.ofNullable(id == null ? null : requirementsById.get(id)); }
    public Optional<Person> person(Long id) { return Optional.ofNullable(id == null ? null : peopleById.get(id)); }
    public Optional<CoreService> coreService(Long id) { return Optional.ofNullable(id == null ? null : coreServicesById.get(id)); }
    public Optional<RegulatorySource> source(long id) { return sources.stream().filter(s -> s.id() == id).findFirst(); }
    public Optional<Action> action(long id) { return Optional.ofNullable(actionsById.get(id)); }

    /** The one way to ask for an action's BRAG: its evidence, date revisions and this plan's key are looked up here. */
    public BragResult brag(Action action, LocalDate today) {
        return new BragRules(bragKey).assess(action, evidenceOf(action.id()), revisionsOf(action.id()), today);
    }

    public Drift drift(Action action) { return Drift.of(revisionsOf(action.id()), bragKey); }

    /** Today's state of every action, in the shape a board snapshot freezes. */
    public List<SnapshotRow> currentRows(LocalDate today) {
        List<SnapshotRow> rows = new ArrayList<>(actions.size());
        for (Action a : actions) {
            Brag b = brag(a, today).brag();
            rows.add(new SnapshotRow(a.id(), a.ref(), a.title(), a.status(), b, a.currentDue(), a.progress(), revisionsOf(a.id()).size()));
        }
        return rows;
    }

    public Optional<Snapshot> latestSnapshot() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }
}
