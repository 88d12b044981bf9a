-- Update rounds: forms issued to action owners and the returns read back from them.
CREATE TABLE update_round (id INTEGER PRIMARY KEY, started_on TEXT NOT NULL, return_by TEXT, started_by TEXT NOT NULL);
-- One row per form issued (a chase issues a new form to the same owner); digest covers the form's hidden sheet.
CREATE TABLE round_form (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES update_round(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    token TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    actions INTEGER NOT NULL,
    chase INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX round_form_round ON round_form(round_id);
CREATE TABLE round_return (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES round_form(id),
    read_on TEXT NOT NULL,
    file_name TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    applied_by TEXT NOT NULL
);
CREATE INDEX round_return_form ON round_return(form_id);
