package org.waymark.app.rounds;

import org.waymark.app.PlanSession;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.RoundForm;
import org.waymark.domain.UpdateRound;
import org.waymark.store.RoundStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises each returned form (this plan, a live round, its hidden sheet as issued) and judges its rows. */
final class ReturnReview {

    private final PlanSession session;

    ReturnReview(PlanSession session) { this.session = session; }

    List<ReviewedForm> review(List<ReturnedForm> returned) {
        Plan plan = session.plan();
        Optional<String> identity = session.read(c -> RoundStore.setting(c, RoundService.IDENTITY));
        List<UpdateRound> rounds = session.read(RoundStore::rounds);
        long latest = rounds.isEmpty() ? 0 : rounds.get(rounds.size() - 1).id();
        Set<String> seen = new HashSet<>();
        List<ReviewedForm> out = new ArrayList<>();
        for (ReturnedForm rf : returned) {
            if (rf.identity() == null) {
                out.add(refused(rf, 0, "", rf.problem()));
                continue;
            }
            String owner = plan.person(rf.identity().ownerId()).map(Person::name).orElse("an unknown owner");
            if (identity.isEmpty() || !identity.get().equals(rf.identity().planIdentity())) {
                out.add(refused(rf, 0, owner, "This form was issued from another plan, so none of it can be read into this one."));
                continue;
            }
            Optional<RoundForm> stored = session.read(c -> RoundStore.formByToken(c, rf.identity().token()));
            String problem = stored.isEmpty() ? "This form is not one this plan issued; its hidden sheet was changed or it belongs to a round that no longer exists."
                    : problem(rf, stored.get(), latest, rounds);
            if (problem == null && !seen.add(rf.identity().token())) problem = "The same form was given twice; only the first copy is read.";
            if (problem != null) {
                out.add(refused(rf, stored.map(RoundForm::id).orElse(0L), owner, problem));
                continue;
            }
            long formId = stored.get().id();
            out.add(new ReviewedForm(rf.fileName(), formId, owner, rf.identity().issuedOn(), null,
                    new FormJudge(plan, session.today(), rf, formId, owner).judge()));
        }
        return out;
    }

    private String problem(ReturnedForm rf, RoundForm f, long latest, List<UpdateRound> rounds) {
        if (!Stamps.digest(rf.identity(), rf.issued()).equals(f.digest()) || f.roundId() != rf.identity().roundId()
                || f.personId() != rf.identity().ownerId()) {
            return "The hidden sheet of this form was changed after it was issued, so its rows cannot be trusted.";
        }
        if (f.roundId() != latest) {
            int number = 1 + (int) rounds.stream().filter(r -> r.id() < f.roundId()).count();
            return "This form is from round " + number + "; a newer round has started since, so send the owner the current form.";
        }
        boolean returned = !session.read(c -> RoundStore.returns(c, f.roundId())).stream().filter(r -> r.formId() == f.id()).toList().isEmpty();
        return returned ? "This form has already been read back and applied." : null;
    }

    private static ReviewedForm refused(ReturnedForm rf, long formId, String owner, String problem) {
        ProposedChange c = new ProposedChange(rf.fileName(), formId, owner, rf.identity() == null ? null : rf.identity().issuedOn(), 0, "",
                null, Outcome.REJECTED, problem, null, "", "", "", false);
        return new ReviewedForm(rf.fileName(), formId, owner, rf.identity() == null ? null : rf.identity().issuedOn(), problem, List.of(c));
    }
}
