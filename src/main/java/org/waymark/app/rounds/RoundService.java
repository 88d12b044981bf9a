package org.waymark.app.rounds;

import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.RoundForm;
import org.waymark.domain.RoundReturn;
import org.waymark.domain.UpdateRound;
import org.waymark.store.RoundStore;
import org.waymark.store.Tx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.security.SecureRandom;

/**
 * Update rounds: issue forms to action owners, track who has returned them, chase the rest, and read the
 * returns back into changes that the lead reviews before anything is applied.
 */
public final class RoundService {

    /**
     * Writes the forms while the round is being recorded: if writing fails, the round is not recorded either, so
     * no form is on record that no one received.
     */
    @FunctionalInterface
    public interface FormSink { void write(IssuedRound issued); }

    static final String IDENTITY = "plan_identity";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlanSession session;

    public RoundService(PlanSession session) { this.session = session; }

    /** Everyone who owns an action that is not yet Blue, by name. */
    public List<Person> defaultOwners() {
        return List.copyOf(new FormContents(session.plan(), session.today()).openByOwner().keySet());
    }

    /**
     * Starts a round: records it and one form per owner (only owners with open actions get a form). {@code owners}
     * names people (case does not matter); empty means everyone with open actions.
     */
    public IssuedRound start(LocalDate returnBy, List<String> owners, FormSink sink) {
        LocalDate today = session.today();
        if (returnBy != null && returnBy.isBefore(today)) throw new Refused("returnBy", "The return-by date " + RoundDates.uk(returnBy) + " is in the past.");
        LocalDate due = returnBy == null ? today.plusDays(14) : returnBy;
        Map<Person, List<Action>> open = chosen(owners);
        if (open.isEmpty()) throw new Refused("owners", "No one chosen owns an open action, so there is no form to send.");
        return session.write("Update round started", tx -> {
            String identity = identity(tx);
            UpdateRound round = new UpdateRound(0, today, due, session.user());
            long id = RoundStore.insertRound(tx, round, "Update round started");
            UpdateRound stored = new UpdateRound(id, today, due, session.user());
            IssuedRound issued = new IssuedRound(stored, issue(tx, identity, stored, open, false, "Update round started"));
            sink.write(issued);
            return issued;
        });
    }

    /** Issues fresh forms, in the same round, to every owner who has not returned one yet. */
    public IssuedRound chase(long roundId, FormSink sink) {
        UpdateRound round = rounds().stream().filter(r -> r.id() == roundId).findFirst()
                .orElseThrow(() -> new Refused("round", "There is no update round " + roundId + "."));
        RoundSummary s = summary(round);
        if (s.outstanding().isEmpty()) throw new Refused("round", "Every owner has returned their form; there is no one to chase.");
        Map<Person, List<Action>> open = new FormContents(session.plan(), session.today()).openByOwner();
        open.keySet().removeIf(p -> !s.outstanding().contains(p.name()));
        if (open.isEmpty()) throw new Refused("round", "The outstanding owners no longer have open actions.");
        return session.write("Update round chased", tx -> {
            IssuedRound issued = new IssuedRound(round, issue(tx, identity(tx), round, open, true, "Update round chased"));
            sink.write(issued);
            return issued;
        });
    }

    private List<OwnerForm> issue(Tx tx, String identity, UpdateRound round, Map<Person, List<Action>> open, boolean chase, String why) {
        FormContents contents = new FormContents(session.plan(), session.today());
        List<OwnerForm> forms = new ArrayList<>();
        for (var e : open.entrySet()) {
            FormIdentity fid = new FormIdentity(identity, round.id(), token(), e.getKey().id(), session.today());
            OwnerForm f = contents.form(fid, e.getKey(), e.getValue(), round.returnBy());
            RoundStore.insertForm(tx, new RoundForm(0, round.id(), e.getKey().id(), fid.token(), f.digest(), fid.issuedOn(), f.rows().size(), chase), why);
            forms.add(f);
        }
        return forms;
    }

    private Map<Person, List<Action>> chosen(List<String> owners) {
        Map<Person, List<Action>> open = new FormContents(session.plan(), session.today()).openByOwner();
        if (owners == null || owners.isEmpty()) return open;
        Map<Person, List<Action>> out = new LinkedHashMap<>();
        for (String name : owners) {
            Person p = session.plan().people().stream().filter(x -> x.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new Refused("owners", "No one in the plan is called \"" + name.strip() + "\"."));
            if (open.containsKey(p)) out.put(p, open.get(p));
        }
        return out;
    }

    /** The plan's identity, made once: forms carry it so that one plan's forms are never read into another. */
    private static String identity(Tx tx) {
        Optional<String> id = RoundStore.setting(tx.connection(), IDENTITY);
        if (id.isPresent()) return id.get();
        String made = token();
        RoundStore.putSetting(tx, IDENTITY, made, "Plan identity for update forms");
        return made;
    }

    private static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public List<UpdateRound> rounds() { return session.read(RoundStore::rounds); }

    public List<RoundSummary> summaries() { return rounds().stream().map(this::summary).toList(); }

    /** The newest round, whose return rate the overview shows. */
    public Optional<RoundSummary> current() {
        // A plan open read-only at a schema from before rounds has no rounds table, and so no current round.
        if (!session.read(RoundStore::present)) return Optional.empty();
        List<UpdateRound> all = rounds();
        return all.isEmpty() ? Optional.empty() : Optional.of(summary(all.get(all.size() - 1)));
    }

    private RoundSummary summary(UpdateRound round) {
        List<RoundForm> forms = session.read(c -> RoundStore.forms(c, round.id()));
        List<RoundReturn> returns = session.read(c -> RoundStore.returns(c, round.id()));
        Set<Long> returnedForms = new java.util.HashSet<>();
        returns.forEach(r -> returnedForms.add(r.formId()));
        Set<String> sent = new TreeSet<>(), returned = new TreeSet<>();
        for (RoundForm f : forms) {
            String name = session.plan().person(f.personId()).map(Person::name).orElse("Person " + f.personId());
            sent.add(name);
            if (returnedForms.contains(f.id())) returned.add(name);
        }
        List<String> outstanding = sent.stream().filter(n -> !returned.contains(n)).toList();
        boolean overdue = !outstanding.isEmpty() && round.returnBy() != null && round.returnBy().isBefore(session.today());
        int chases = (int) forms.stream().filter(RoundForm::chase).count();
        int number = 1 + (int) rounds().stream().filter(r -> r.id() < round.id()).count();
        return new RoundSummary(number, round, List.copyOf(sent), List.copyOf(returned), outstanding, overdue, chases);
    }

    /** Judges returned forms against the plan as it is now. Reads only: a read-only session may review. */
    public List<ReviewedForm> review(List<ReturnedForm> returned) {
        return new ReturnReview(session).review(returned);
    }

    /**
     * Applies every accepted change, and each conflict the lead took, in one transaction; each change is audited
     * "Update from &lt;owner&gt; (form of &lt;date&gt;)". Refused, with nothing changed, if any action changed since review.
     */
    public int apply(List<ReviewedForm> reviewed) {
        return new ReturnApplier(session).apply(reviewed);
    }
}
