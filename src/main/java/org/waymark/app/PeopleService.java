package org.waymark.app;

import org.waymark.domain.Committee;
import org.waymark.domain.Person;
import org.waymark.domain.Theme;
import org.waymark.store.PlanStore;

/** Owners, committees and themes. */
public final class PeopleService {

    private final PlanSession session;

    public PeopleService(PlanSession session) { this.session = session; }

    /** Returns the person as stored, with their id: what an undo takes back, without reloading the plan. */
    public Person addPerson(Person p) {
        check(p);
        long id = session.write("Person added", tx -> PlanStore.insertPerson(tx, p, "Person added"));
        return new Person(id, p.name(), p.jobTitle(), p.directorate(), p.contact(), p.email(), p.mayVerify(), p.maySignOff(), p.mayApprove());
    }

    public void editPerson(Person before, Person after) {
        check(after);
        session.write("Person edited", tx -> { PlanStore.updatePerson(tx, before, after, "Person edited"); return null; });
    }

    /** A plain shape check: something@domain.tld, no spaces. Update-round e-mails are sent to this address. */
    static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static void check(Person p) {
        if (p.name() == null || p.name().isBlank()) throw new Refused("name", "Give the person's name.");
        if (!p.email().isBlank() && !EMAIL.matcher(p.email().strip()).matches()) {
            throw new Refused("email", "\"" + p.email().strip() + "\" is not an e-mail address. Write it as name@organisation.nhs.uk, or leave it empty.");
        }
    }

    public Committee addCommittee(String name) {
        if (name == null || name.isBlank()) throw new Refused("name", "Give the committee's name.");
        if (session.plan().committees().stream().anyMatch(c -> c.name().equalsIgnoreCase(name.strip()))) {
            throw new Refused("name", "There is already a committee called " + name.strip() + ".");
        }
        long id = session.write("Committee added", tx -> PlanStore.insertCommittee(tx, new Committee(0, name.strip()), "Committee added"));
        return new Committee(id, name.strip());
    }

    public void renameCommittee(Committee before, String name) {
        if (name == null || name.isBlank()) throw new Refused("name", "Give the committee's name.");
        session.write("Committee renamed", tx -> { PlanStore.updateCommittee(tx, before, new Committee(before.id(), name.strip()), "Committee renamed"); return null; });
    }

    public Theme addTheme(String name, String description) {
        if (name == null || name.isBlank()) throw new Refused("name", "Give the theme's name.");
        if (session.plan().themes().stream().anyMatch(t -> t.name().equalsIgnoreCase(name.strip()))) {
            throw new Refused("name", "There is already a theme called " + name.strip() + ".");
        }
        Theme theme = new Theme(0, name.strip(), description == null ? "" : description.strip());
        long id = session.write("Theme added", tx -> PlanStore.insertTheme(tx, theme, "Theme added"));
        return new Theme(id, theme.name(), theme.description());
    }

    public void editTheme(Theme before, Theme after) {
        session.write("Theme edited", tx -> { PlanStore.updateTheme(tx, before, after, "Theme edited"); return null; });
    }

    /** Takes back a person added in error (undo of add). Refused while they lead any action. */
    public void removePerson(Person p, String why) {
        if (session.plan().actions().stream().anyMatch(a -> Long.valueOf(p.id()).equals(a.executiveLeadId()) || Long.valueOf(p.id()).equals(a.operationalLeadId()))) {
            throw new Refused("person", p.name() + " still leads actions; give them another lead first.");
        }
        session.write(why, tx -> { PlanStore.deletePerson(tx, p, why); return null; });
    }

    public void removeCommittee(Committee c, String why) {
        if (session.plan().actions().stream().anyMatch(a -> Long.valueOf(c.id()).equals(a.committeeId()))) {
            throw new Refused("committee", c.name() + " still gives assurance on actions.");
        }
        session.write(why, tx -> { PlanStore.deleteCommittee(tx, c, why); return null; });
    }

    public void removeTheme(Theme t, String why) {
        if (session.plan().actions().stream().anyMatch(a -> Long.valueOf(t.id()).equals(a.themeId()))) {
            throw new Refused("theme", "Actions are still grouped under " + t.name() + ".");
        }
        session.write(why, tx -> { PlanStore.deleteTheme(tx, t, why); return null; });
    }
}
