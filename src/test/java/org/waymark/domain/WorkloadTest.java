package org.waymark.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Workload groups actions by lead in one pass; it must agree with the plain person-by-action reading every time. */
class WorkloadTest {

    @Test
    void agreesWithThePlainReadingOnThousandsOfRandomPlans() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 2000; round++) {
            Plan plan = randomPlan(random);
            assertEquals(reference(plan, PlanFixture.TODAY), Workload.of(plan, PlanFixture.TODAY), "seeded round " + round);
        }
    }

    @Test
    void anActionLedTwiceByOnePersonCountsOnce() {
        Person p = person(1);
        Action a = new Action(1, "A1", "One", "", 1L, null, 1L, 1L, null, null, PlanFixture.TODAY.minusDays(3), PlanFixture.TODAY.minusDays(3),
                ActionStatus.IN_PROGRESS, 10, null, null);
        Workload w = Workload.of(plan(List.of(p), List.of(a)), PlanFixture.TODAY).get(0);
        assertEquals(1, w.actions());
        assertEquals(1, w.overdue());
        assertEquals(List.of(a), w.troubled().stream().map(Workload.Item::action).toList());
    }

    /** The reading Workload replaces: every person against every action. */
    private static List<Workload> reference(Plan plan, LocalDate today) {
        List<Workload> out = new ArrayList<>();
        for (Person p : plan.people()) {
            int n = 0, red = 0, overdue = 0;
            List<Workload.Item> troubled = new ArrayList<>();
            for (Action a : plan.actions()) {
                if (!Long.valueOf(p.id()).equals(a.executiveLeadId()) && !Long.valueOf(p.id()).equals(a.operationalLeadId())) continue;
                n++;
                Brag b = plan.brag(a, today).brag();
                boolean late = a.overdue(today);
                if (b == Brag.RED) red++;
                if (late) overdue++;
                if (b == Brag.RED || late) troubled.add(new Workload.Item(a, b, late));
            }
            troubled.sort(Comparator.comparing((Workload.Item i) -> i.action().currentDue(), Comparator.nullsLast(Comparator.naturalOrder())));
            out.add(new Workload(p, n, red, overdue, troubled));
        }
        out.sort(Comparator.comparing(Workload::red).thenComparing(Workload::overdue).thenComparing(Workload::actions).reversed());
        return out;
    }

    private static Plan randomPlan(Random r) {
        List<Person> people = new ArrayList<>();
        int nPeople = 1 + r.nextInt(6);
        for (int i = 1; i <= nPeople; i++) people.add(person(i));
        List<Action> actions = new ArrayList<>();
        int nActions = r.nextInt(25);
        ActionStatus[] statuses = ActionStatus.values();
        for (int i = 1; i <= nActions; i++) {
            Long exec = r.nextInt(5) == 0 ? null : Long.valueOf(1 + r.nextInt(nPeople + 1)); // sometimes someone not in the plan
            Long op = r.nextInt(3) == 0 ? null : r.nextBoolean() ? exec : Long.valueOf(1 + r.nextInt(nPeople));
            LocalDate due = r.nextInt(6) == 0 ? null : PlanFixture.TODAY.plusDays(r.nextInt(120) - 60);
            ActionStatus status = statuses[r.nextInt(statuses.length)];
            actions.add(new Action(i, "A" + i, "Action " + i, "", (long) (1 + r.nextInt(3)), null, exec, op, null, null, due, due, status,
                    status == ActionStatus.COMPLETE ? 100 : r.nextInt(100), null, null));
        }
        return plan(people, actions);
    }

    private static Person person(long id) {
        return new Person(id, "Person " + id, "Lead", "Directorate", "", "", false, false, false);
    }

    private static Plan plan(List<Person> people, List<Action> actions) {
        Plan base = PlanFixture.plan(actions, List.of(), List.of());
        return new Plan(base.organisation(), base.regimeHistory(), base.bragKey(), base.coreServices(), people, List.of(), List.of(), List.of(), List.of(),
                base.sources(), base.requirements(), actions, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
