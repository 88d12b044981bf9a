package org.waymark.app.demo;

import org.waymark.app.PlanSession;
import org.waymark.domain.*;
import org.waymark.store.PlanStore;
import org.waymark.store.SpcStore;
import org.waymark.store.Tx;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the demo plan, or a synthetic plan of N actions on the same skeleton for benchmarks. The story's dates
 * move forward by whole months so that its "now" (late November 2018) falls on today, which keeps the demo
 * live: otherwise every open action would be years overdue. {@code historical} keeps the dates as they were.
 */
public final class DemoPlanGenerator {

    private static final String WHY = "Demo plan";

    private final Clock clock;
    private final long shiftMonths;
    private final Random random;
    private final LocalDate now;

    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> committees = new HashMap<>();
    private final Map<String, Long> services = new HashMap<>();
    private final Map<String, Long> bafRisks = new HashMap<>();
    private final List<Long> themes = new ArrayList<>();
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<String, Requirement> requirements = new HashMap<>();

    public DemoPlanGenerator(Clock clock, boolean historical, long seed) {
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        LocalDate storyNow = LocalDate.parse(DemoContent.STORY_NOW);
        this.shiftMonths = historical ? 0 : ChronoUnit.MONTHS.between(YearMonth.from(storyNow), YearMonth.from(today));
        this.now = historical ? storyNow : today;
        this.random = new Random(seed);
    }

    /** Creates the file and fills it in one transaction: all of it is written, or none. */
    public static PlanSession write(Path file, Integer actions, long seed, boolean historical, String user, Clock clock) {
        PlanSession session = PlanSession.create(file, DemoContent.ORGANISATION, user, clock);
        try {
            new DemoPlanGenerator(clock, historical, seed).fill(session, actions);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    void fill(PlanSession session, Integer syntheticActions) {
        Plan empty = session.plan();
        session.write(WHY, tx -> {
            PlanStore.saveOrganisation(tx, empty.organisation(), new Organisation(DemoContent.ORGANISATION, DemoContent.ODS,
                    "Improvement Director (NHS Improvement)", "Buddy ambulance trust (rated Good)"), WHY);
            // The story is 2016-17's: special measures, and findings read against the key lines of enquiry of the day.
            PlanStore.insertRegimeEntry(tx, new RegimeEntry(0, d("2016-09-29"), RegimeEvent.ENTERED, "special-measures-quality", null,
                    "Recommended by the Chief Inspector of Hospitals after the 2016 inspection"), WHY);
            PlanStore.saveFramework(tx, null, "cqc-kloe-2015", WHY);
            reference(tx);
            inspections(tx);
            sourcesAndRequirements(tx);
            List<Long> actionIds = syntheticActions == null ? storyActions(tx) : syntheticActions(tx, syntheticActions);
            metricsAndCriteria(tx);
            return actionIds;
        });
        snapshots(session);
    }

    private LocalDate d(String iso) { return LocalDate.parse(iso).plusMonths(shiftMonths); }

    private static String monthYear(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    private YearMonth ym(String iso) { return YearMonth.parse(iso).plusMonths(shiftMonths); }

    private void reference(Tx tx) {
        for (String[] s : DemoContent.CORE_SERVICES) services.put(s[0], PlanStore.insertCoreService(tx, new CoreService(0, s[0], s[1]), WHY));
        for (String[] p : DemoContent.PEOPLE) {
            String[] n = DemoContent.personOf(p[0]);
            people.put(p[0], PlanStore.insertPerson(tx, new Person(0, n[1], p[1], p[2], "", n[2], n[3].contains("v"), n[3].contains("s"), n[3].contains("a")), WHY));
        }
        for (String c : DemoContent.COMMITTEES) committees.put(c, PlanStore.insertCommittee(tx, new Committee(0, c), WHY));
        for (String[] t : DemoContent.THEMES) themes.add(PlanStore.insertTheme(tx, new Theme(0, t[0], t[1]), WHY));
        for (String[] b : DemoContent.BAF) bafRisks.put(b[0], PlanStore.insertBafRisk(tx, new BafRisk(0, b[0], b[1]), WHY));
    }

    private void inspections(Tx tx) {
        Rating I = Rating.INADEQUATE, RI = Rating.REQUIRES_IMPROVEMENT, G = Rating.GOOD, O = Rating.OUTSTANDING;
        PlanStore.insertInspection(tx, new Inspection(0, monthYear(d("2016-05-09")) + " comprehensive inspection", d("2016-05-09"), d("2016-05-12"), d("2016-09-29"),
                grid(new Rating[]{I, RI, G, RI, I, I}, Map.of("EUC", new Rating[]{I, RI, G, RI, I, I}, "EOC", new Rating[]{I, RI, G, RI, I, I},
                        "111", new Rating[]{RI, RI, G, RI, RI, RI}))), WHY);
        PlanStore.insertInspection(tx, new Inspection(0, monthYear(d("2017-05-15")) + " re-inspection", d("2017-05-15"), d("2017-05-18"), d("2017-10-05"),
                grid(new Rating[]{I, RI, G, RI, I, I}, Map.of("EUC", new Rating[]{RI, RI, G, RI, I, RI}, "EOC", new Rating[]{I, RI, G, RI, I, I},
                        "111", new Rating[]{G, G, G, G, G, G}, "HART", new Rating[]{G, O, G, G, G, G}))), WHY);
    }

    /** Ratings in key-question order, then overall. */
    private List<RatingEntry> grid(Rating[] provider, Map<String, Rating[]> byService) {
        List<RatingEntry> out = new ArrayList<>();
        add(out, null, provider);
        byService.forEach((code, r) -> add(out, services.get(code), r));
        return out;
    }

    private static void add(List<RatingEntry> out, Long service, Rating[] r) {
        KeyQuestion[] q = KeyQuestion.values();
        for (int i = 0; i < q.length; i++) out.add(new RatingEntry(q[i], service, r[i]));
        out.add(new RatingEntry(null, service, r[5]));
    }

    private void sourcesAndRequirements(Tx tx) {
        for (String[] s : DemoContent.SOURCES) {
            LocalDate issued = d(s[4]);
            String reference = s[2].replaceAll("\\d{4}-\\d{2}$", String.format("%d-%02d", issued.getYear(), issued.getMonthValue()));
            String title = s[3].replace("(May 2017 visit)", "(" + monthYear(d("2017-05-15")) + " visit)");
            sources.put(s[0], PlanStore.insertSource(tx, new RegulatorySource(0, SourceKind.valueOf(s[1]), reference, title, issued, s[5]), WHY));
        }
        for (String[] r : DemoContent.REQUIREMENTS) {
            Requirement req = new Requirement(0, sources.get(r[0]), r[1], Priority.valueOf(r[2]), r[7],
                    r[3].isEmpty() ? null : Integer.valueOf(r[3]), KeyQuestion.valueOf(r[4]),
                    r[5].isEmpty() ? null : services.get(r[5]), r[6].isEmpty() ? null : d(r[6]));
            long id = PlanStore.insertRequirement(tx, req, WHY);
            requirements.put(r[1], new Requirement(id, req.sourceId(), req.ref(), req.priority(), req.text(), req.regulation(),
                    req.keyQuestion(), req.coreServiceId(), req.deadline()));
        }
    }

    private List<Long> storyActions(Tx tx) {
        List<Long> ids = new ArrayList<>();
        for (String[] a : DemoContent.ACTIONS) {
            ActionSpec spec = new ActionSpec(a[0], a[9], requirements.get(a[1]), themes.get(Integer.parseInt(a[2])), people.get(a[3]),
                    people.get(a[4]), committees.get(a[5]), d(a[6]), d(a[7]), State.valueOf(a[8]));
            ids.add(new StoryAction(tx, spec, now, random, WHY).write());
            linkBaf(tx, ids.get(ids.size() - 1), a[1]);
        }
        return ids;
    }

    private List<Long> syntheticActions(Tx tx, int count) {
        List<Long> ids = new ArrayList<>(count);
        List<Requirement> reqs = new ArrayList<>(requirements.values());
        reqs.sort(java.util.Comparator.comparing(Requirement::ref));
        List<Long> leads = new ArrayList<>(people.values());
        leads.sort(Long::compare);
        List<Long> comms = new ArrayList<>(committees.values());
        comms.sort(Long::compare);
        State[] states = State.values();
        String[] verbs = {"Review", "Introduce", "Audit", "Embed", "Recruit for", "Train staff in", "Redesign", "Report on", "Test", "Improve"};
        String[] objects = {"call handling", "medicines checks", "vehicle cleaning", "incident investigation", "safeguarding referrals",
                "appraisal completion", "equipment servicing", "EOC clinical cover", "handover delays", "staff wellbeing support",
                "record keeping", "dispatch resilience", "welfare call-backs", "training compliance", "board reporting"};
        for (int i = 1; i <= count; i++) {
            Requirement r = reqs.get(random.nextInt(reqs.size()));
            LocalDate start = now.minusDays(60 + random.nextInt(720));
            LocalDate due = start.plusDays(60 + random.nextInt(600));
            State state = states[random.nextInt(states.length)];
            String title = verbs[random.nextInt(verbs.length)] + " " + objects[random.nextInt(objects.length)] + " (" + r.ref() + ")";
            ActionSpec spec = new ActionSpec(String.format("S%05d", i), title, r, themes.get(random.nextInt(themes.size())),
                    leads.get(random.nextInt(7)), leads.get(7 + random.nextInt(leads.size() - 7)), comms.get(random.nextInt(comms.size())),
                    start, due, state);
            ids.add(new StoryAction(tx, spec, now, random, WHY).write());
        }
        return ids;
    }

    private void linkBaf(Tx tx, long actionId, String requirementRef) {
        String risk = switch (requirementRef) {
            case "WN1", "WN2", "MD5", "SD4", "SD6" -> "SR1";
            case "MD8", "IN1", "SD1", "SD2" -> "SR2";
            case "WN6", "RN1", "MD2" -> "SR3";
            case "SD3" -> "SR4";
            case "MD1", "MD3" -> "SR5";
            default -> null;
        };
        if (risk != null) PlanStore.linkBafRisk(tx, actionId, bafRisks.get(risk), WHY);
    }

    private void metricsAndCriteria(Tx tx) {
        long response = PlanStore.insertMetric(tx, new Metric(0, "Life-threatening calls: response standard", "%", Direction.HIGHER_IS_BETTER, List.of(), List.of(), List.of()), WHY);
        PlanStore.insertMetricDefinition(tx, new MetricDefinition(0, response, ym("2015-04"), "Category A: reached within 8 minutes", "%",
                Direction.HIGHER_IS_BETTER, 75, "Red 1 and Red 2 calls reached within 8 minutes; standard 75%."), WHY);
        PlanStore.insertMetricDefinition(tx, new MetricDefinition(0, response, ym("2017-11"), "ARP Category 1: mean response", "min",
                Direction.LOWER_IS_BETTER, 7, "Ambulance Response Programme: Category 1 mean of 7 minutes or less (90th centile 15)."), WHY);
        // Category A from April 2015: 31 months, so the old standard has its own SPC limits before ARP
        double[] catA = {74.2, 73.8, 74.5, 73.1, 73.6, 72.9, 73.4, 72.8, 72.1, 72.6, 71.9, 72.3, 71.6, 71.2, 70.9, 70.1, 70.4, 69.8, 69.5, 69.9, 69.0, 68.6, 68.9, 68.2, 67.9, 68.1, 67.5, 67.3, 67.6, 67.2, 67.0};
        YearMonth m = ym("2015-04");
        for (double v : catA) { PlanStore.putObservation(tx, response, new MetricPoint(m, v), null, WHY); m = m.plusMonths(1); }
        double[] cat1 = {8.9, 8.7, 8.6, 8.5, 8.2, 8.0, 7.9, 7.8, 7.6, 7.5, 7.4, 7.3, 7.2};
        m = ym("2017-11");
        for (double v : cat1) { PlanStore.putObservation(tx, response, new MetricPoint(m, v), null, WHY); m = m.plusMonths(1); }
        for (int i = 0; i < 18; i++) PlanStore.putTrajectory(tx, response, new MetricPoint(ym("2017-11").plusMonths(i), Math.max(7.0, 8.8 - i * 0.15)), WHY);

        long cat2 = PlanStore.insertMetric(tx, new Metric(0, "Category 2: mean response", "min", Direction.LOWER_IS_BETTER, List.of(), List.of(), List.of()), WHY);
        PlanStore.insertMetricDefinition(tx, new MetricDefinition(0, cat2, ym("2016-11"), "ARP Category 2: mean response", "min",
                Direction.LOWER_IS_BETTER, 18, "Category 2 mean of 18 minutes or less (90th centile 40); recorded under the ARP trial from November 2016."), WHY);
        // a year under the trial, then the go-live step change: the limits are recalculated from it, with the reason
        double[] c2 = {33.1, 34.6, 36.2, 35.0, 32.8, 33.9, 34.4, 35.8, 33.2, 34.9, 36.1, 35.4, 31.5, 33.0, 35.2, 30.1, 27.4, 25.9, 24.8, 23.5, 22.9, 22.1, 21.4, 20.8, 20.2};
        m = ym("2016-11");
        for (double v : c2) { PlanStore.putObservation(tx, cat2, new MetricPoint(m, v), null, WHY); m = m.plusMonths(1); }
        SpcStore.addRecalculation(tx, cat2, ym("2017-11"), "ARP go-live: new call categories, dispatch codes and clinical hub");
        for (int i = 0; i < 18; i++) PlanStore.putTrajectory(tx, cat2, new MetricPoint(ym("2017-11").plusMonths(i), Math.max(18.0, 30 - i * 0.9)), WHY);

        long appraisal = workforceMetric(tx, "Staff appraisal completion", 85, new double[]{62, 60, 63, 61, 64, 62, 60, 63, 61, 62, 64, 63, 61, 63, 64, 66, 69, 71, 74, 76, 79, 82, 84, 86, 87});
        long training = workforceMetric(tx, "Statutory and mandatory training", 90,
                new double[]{71, 73, 72, 70, 74, 72, 71, 73, 72, 74, 71, 73, 74, 86, 88, 89, 87, 90, 91, 89, 92, 90, 91, 92, 93});
        SpcStore.addRecalculation(tx, training, ym("2017-12"), "E-learning platform and protected training time from December 2017");

        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "All must-do actions complete, evidenced and assured (Blue)", CriterionKind.ALL_MUST_DO_BLUE, null, 0, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Every warning-notice requirement met", CriterionKind.WARNING_NOTICE_MET, null, 0, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Category 1 mean at or below 7 minutes for 3 months running", CriterionKind.METRIC_AT_TARGET, response, 3, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Appraisal completion at 85% for 3 months running", CriterionKind.METRIC_AT_TARGET, appraisal, 3, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Statutory training at 90% for 2 months running", CriterionKind.METRIC_AT_TARGET, training, 2, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Appraisal improvement sustained (SPC) and at 85% for the last 3 months", CriterionKind.METRIC_SUSTAINED, appraisal, 3, null, "", null, null), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Independent well-led review rates leadership at least Requires improvement", CriterionKind.MANUAL, null, 0,
                false, "Review fieldwork complete; draft report expected next month", "Company Secretary", now.minusDays(20)), WHY);
        PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Staff survey shows bullying and harassment falling", CriterionKind.MANUAL, null, 0,
                true, "Staff survey: reports of bullying down from 32% to 24%", "Director of Workforce and OD", now.minusDays(45)), WHY);
    }

    private long workforceMetric(Tx tx, String name, double target, double[] values) {
        long id = PlanStore.insertMetric(tx, new Metric(0, name, "%", Direction.HIGHER_IS_BETTER, List.of(), List.of(), List.of()), WHY);
        PlanStore.insertMetricDefinition(tx, new MetricDefinition(0, id, ym("2016-11"), name, "%", Direction.HIGHER_IS_BETTER, target, name + " against a " + (int) target + "% standard."), WHY);
        YearMonth m = ym("2016-11");
        for (double v : values) { PlanStore.putObservation(tx, id, new MetricPoint(m, v), null, WHY); m = m.plusMonths(1); }
        for (int i = 0; i < 15; i++) PlanStore.putTrajectory(tx, id, new MetricPoint(ym("2017-11").plusMonths(i), Math.min(target, 62 + i * 2.2)), WHY);
        return id;
    }

    /** Two past board meetings, with the plan as it stood at each: the demo then shows movement since the last. */
    private void snapshots(PlanSession session) {
        Plan plan = session.plan();
        List<SnapshotRow> current = plan.currentRows(now);
        LocalDate first = d("2018-09-27"), second = d("2018-10-25");
        session.write(WHY, tx -> {
            long m1 = PlanStore.insertBoardMeeting(tx, new BoardMeeting(0, "Trust Board (public)", first), WHY);
            long m2 = PlanStore.insertBoardMeeting(tx, new BoardMeeting(0, "Trust Board (public)", second), WHY);
            PlanStore.insertBoardMeeting(tx, new BoardMeeting(0, "Trust Board (public)", d("2018-11-29")), WHY);
            PlanStore.insertSnapshot(tx, m1, "Trust Board (public) " + first, at(first), PastState.asAt(plan, current, first), WHY);
            PlanStore.insertSnapshot(tx, m2, "Trust Board (public) " + second, at(second), PastState.asAt(plan, current, second), WHY);
            return null;
        });
    }

    private static Instant at(LocalDate date) { return date.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC); }
}
