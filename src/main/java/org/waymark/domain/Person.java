package org.waymark.domain;

/**
 * Someone in the plan: a name, a role ({@code jobTitle}), an e-mail address and what they may do. Only a person
 * allowed to verify evidence, sign off actions or approve date revisions can be picked for that.
 */
public record Person(long id, String name, String jobTitle, String directorate, String contact, String email,
                     boolean mayVerify, boolean maySignOff, boolean mayApprove) {

    public Person {
        email = email == null ? "" : email;
    }

    /** A person with no e-mail address and no permissions yet. */
    public Person(long id, String name, String jobTitle, String directorate, String contact) {
        this(id, name, jobTitle, directorate, contact, "", false, false, false);
    }

    /** What a person may be picked for. */
    public enum Permission {
        VERIFY("verify evidence"), SIGN_OFF("sign off actions"), APPROVE("approve date revisions");

        private final String label;

        Permission(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean may(Permission p) {
        return switch (p) {
            case VERIFY -> mayVerify;
            case SIGN_OFF -> maySignOff;
            case APPROVE -> mayApprove;
        };
    }

    /** "Jane Smith, Director of Nursing": how a person is shown when picked. */
    public String nameAndRole() {
        return jobTitle == null || jobTitle.isBlank() || jobTitle.equals(name) ? name : name + ", " + jobTitle;
    }
}
