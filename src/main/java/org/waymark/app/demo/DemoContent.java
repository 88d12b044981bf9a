package org.waymark.app.demo;

import java.util.List;

/**
 * The demo trust's story, modelled on the 2016–17 reports of an ambulance trust placed in special measures:
 * a July 2016 warning notice with six areas due 10 September 2016, a 2017 re-inspection with must-dos and
 * should-dos, and the switch from Category A to the Ambulance Response Programme in November 2017. Dates are
 * written as they happened; {@link DemoPlanGenerator} moves them forward so the story's "now" is today.
 * People are named by role only.
 */
final class DemoContent {

    private DemoContent() {}

    static final String ORGANISATION = "South Downs and Weald Ambulance Service NHS Foundation Trust";
    static final String ODS = "R9W";
    /** The story's "today": late November 2018, a year before the trust's re-inspection. */
    static final String STORY_NOW = "2018-11-25";

    static final String[][] CORE_SERVICES = {
            {"EUC", "Emergency and urgent care"}, {"EOC", "Emergency operations centre"}, {"111", "NHS 111"},
            {"PTS", "Patient transport"}, {"HART", "Resilience / HART"}};

    /** Role, job title, directorate. */
    static final String[][] PEOPLE = {
            {"Chief Executive", "Chief Executive", "Executive"},
            {"Director of Operations", "Executive Director of Operations", "Operations"},
            {"Medical Director", "Executive Medical Director", "Clinical"},
            {"Director of Nursing and Quality", "Executive Director of Nursing and Quality", "Quality"},
            {"Director of Workforce and OD", "Director of Workforce and Organisational Development", "Workforce"},
            {"Director of Finance", "Executive Director of Finance", "Finance"},
            {"Director of Strategy", "Director of Strategy and Business Development", "Strategy"},
            {"Head of EOC", "Head of Emergency Operations Centres", "Operations"},
            {"Head of Clinical Governance", "Head of Clinical Governance and Patient Safety", "Quality"},
            {"Chief Pharmacist", "Head of Medicines Management", "Clinical"},
            {"Head of Fleet and Logistics", "Head of Fleet, Equipment and Logistics", "Operations"},
            {"Head of Estates", "Head of Estates and Facilities", "Finance"},
            {"Head of Safeguarding", "Named Professional for Safeguarding", "Quality"},
            {"Head of Risk", "Head of Risk and Compliance", "Corporate"},
            {"Head of IT", "Head of Information Technology", "Finance"},
            {"Head of NHS 111", "Head of NHS 111 and Integrated Urgent Care", "Operations"},
            {"FTSU Guardian", "Freedom to Speak Up Guardian", "Corporate"},
            {"Head of Education", "Head of Education and Learning", "Workforce"},
            {"IPC Lead", "Infection Prevention and Control Lead", "Quality"},
            {"Company Secretary", "Trust Secretary", "Corporate"}};

    /**
     * Fictional people behind the roles above (role, name, e-mail, permissions: v verify, a approve, s sign off).
     * The addresses use the reserved example.nhs.uk domain, so no real person is named or mailed.
     */
    static final String[][] NAMES = {
            {"Chief Executive", "Helen Marsh", "helen.marsh@example.nhs.uk", "as"},
            {"Director of Operations", "David Okoro", "david.okoro@example.nhs.uk", "as"},
            {"Medical Director", "Dr Priya Raman", "priya.raman@example.nhs.uk", "vas"},
            {"Director of Nursing and Quality", "Jane Smith", "jane.smith@example.nhs.uk", "vas"},
            {"Director of Workforce and OD", "Mark Ellison", "mark.ellison@example.nhs.uk", "a"},
            {"Director of Finance", "Sarah Whitfield", "sarah.whitfield@example.nhs.uk", "a"},
            {"Director of Strategy", "Tom Berry", "tom.berry@example.nhs.uk", "a"},
            {"Head of EOC", "Lucy Adeyemi", "lucy.adeyemi@example.nhs.uk", ""},
            {"Head of Clinical Governance", "Owen Pritchard", "owen.pritchard@example.nhs.uk", "v"},
            {"Chief Pharmacist", "Nadia Hussain", "nadia.hussain@example.nhs.uk", "v"},
            {"Head of Fleet and Logistics", "Gareth Lloyd", "gareth.lloyd@example.nhs.uk", ""},
            {"Head of Estates", "Claire Dunn", "claire.dunn@example.nhs.uk", ""},
            {"Head of Safeguarding", "Rachel Byrne", "rachel.byrne@example.nhs.uk", "v"},
            {"Head of Risk", "Simon Clarke", "simon.clarke@example.nhs.uk", "v"},
            {"Head of IT", "Amit Patel", "amit.patel@example.nhs.uk", ""},
            {"Head of NHS 111", "Fiona Grant", "fiona.grant@example.nhs.uk", ""},
            {"FTSU Guardian", "Kwame Mensah", "kwame.mensah@example.nhs.uk", ""},
            {"Head of Education", "Emma Lowe", "emma.lowe@example.nhs.uk", ""},
            {"IPC Lead", "Joanne Reid", "joanne.reid@example.nhs.uk", "v"},
            {"Company Secretary", "Peter Hale", "peter.hale@example.nhs.uk", "s"}};

    /** The fictional name of the person in a role. */
    static String nameOf(String role) {
        for (String[] n : NAMES) if (n[0].equals(role)) return n[1];
        throw new IllegalArgumentException("No demo person in the role " + role);
    }

    static String[] personOf(String role) {
        for (String[] n : NAMES) if (n[0].equals(role)) return n;
        throw new IllegalArgumentException("No demo person in the role " + role);
    }

    static final String[] COMMITTEES = {"Trust Board", "Quality and Patient Safety Committee", "Workforce and Wellbeing Committee",
            "Audit and Risk Committee", "Finance and Investment Committee"};

    /** The five strategy themes. */
    static final String[][] THEMES = {
            {"High quality emergency care", "The best possible front-line clinical response to people needing emergency care or involved in a major incident."},
            {"Effective coordination of urgent care", "Coordination and delivery of urgent care through 111, with high quality clinical advice on the phone."},
            {"A great place to work", "Living our values, supporting health and wellbeing, rewarding careers and a positive working environment."},
            {"Support for the wider health system", "Partnering with the health and care system for more joined-up services."},
            {"Contribution to the community", "Supporting the health of local people, great local jobs and a greener service."}};

    static final String[][] BAF = {
            {"SR1", "Patients come to harm because response times fall short of national standards"},
            {"SR2", "A culture of bullying and harassment undermines staff wellbeing and retention"},
            {"SR3", "Governance does not give the board assurance on quality and safety"},
            {"SR4", "The trust cannot deliver its plan within its financial envelope"},
            {"SR5", "Dispatch and telephony systems fail, interrupting the emergency response"}};

    /** Source: key, kind, reference, title, issued, regulations. */
    static final String[][] SOURCES = {
            {"WN", "WARNING_NOTICE_S29A", "WN-2016-07", "Section 29A warning notice", "2016-07-22", "Reg 12, 13, 15, 17, 18"},
            {"RN", "REQUIREMENT_NOTICE", "RN-2016-09", "Requirement notice: good governance", "2016-09-29", "Reg 17"},
            {"IR", "INSPECTION_REPORT", "IR-2017-10", "Inspection report (May 2017 visit)", "2017-10-05", "Reg 12, 17, 18"},
            {"INT", "INTERNAL", "INT-2017-01", "Board culture review", "2017-02-01", ""}};

    /** Requirement: source key, ref, priority, regulation, key question, core service code (or ""), deadline, text. */
    static final String[][] REQUIREMENTS = {
            {"WN", "WN1", "MUST", "18", "SAFE", "EOC", "2016-09-10", "Deploy sufficient numbers of suitably qualified staff in the emergency operations centres at all times."},
            {"WN", "WN2", "MUST", "12", "RESPONSIVE", "111", "2016-09-10", "Ensure NHS 111 calls are answered and clinically assessed in a safe and timely way."},
            {"WN", "WN3", "MUST", "15", "SAFE", "EUC", "2016-09-10", "Ensure vehicles and medical equipment are serviced, maintained and fit for use."},
            {"WN", "WN4", "MUST", "13", "SAFE", "", "2016-09-10", "Ensure staff recognise and report safeguarding concerns, and referrals are made promptly."},
            {"WN", "WN5", "MUST", "12", "SAFE", "EUC", "2016-09-10", "Ensure medicines, including controlled drugs, are stored, recorded and managed safely."},
            {"WN", "WN6", "MUST", "17", "WELL_LED", "", "2016-09-10", "Establish governance that identifies, assesses and mitigates risks to patients."},
            {"RN", "RN1", "MUST", "17", "WELL_LED", "", "2016-10-27", "Report the planned actions to improve governance systems and the accuracy of records."},
            {"IR", "MD1", "MUST", "17", "SAFE", "EOC", "", "Ensure all 999 calls are recorded, and recordings can be retrieved for review."},
            {"IR", "MD2", "MUST", "12", "SAFE", "", "", "Ensure incidents are reported and investigated in a timely way, and lessons are shared."},
            {"IR", "MD3", "MUST", "12", "SAFE", "EOC", "", "Ensure the computer-aided dispatch system has tested business continuity arrangements."},
            {"IR", "MD4", "MUST", "12", "SAFE", "EUC", "", "Protect patients from the risks associated with the unsafe use and management of medicines."},
            {"IR", "MD5", "MUST", "18", "SAFE", "EOC", "", "Ensure there are enough clinicians in each emergency operations centre to support call handlers."},
            {"IR", "MD6", "MUST", "15", "SAFE", "EUC", "", "Ensure equipment on vehicles is serviced and within its expiry date."},
            {"IR", "MD7", "MUST", "15", "SAFE", "EUC", "", "Ensure vehicles and stations are clean, and infection control audits are acted on."},
            {"IR", "MD8", "MUST", "17", "WELL_LED", "", "", "Address the culture of bullying and harassment, and support staff to raise concerns."},
            {"IR", "SD1", "SHOULD", "", "EFFECTIVE", "EUC", "", "Ensure all staff receive an annual appraisal."},
            {"IR", "SD2", "SHOULD", "", "EFFECTIVE", "", "", "Ensure staff complete statutory and mandatory training."},
            {"IR", "SD3", "SHOULD", "", "RESPONSIVE", "PTS", "", "Improve the timeliness of patient transport pick-ups for renal patients."},
            {"IR", "SD4", "SHOULD", "", "CARING", "EOC", "", "Improve welfare checks for patients waiting for an ambulance."},
            {"IR", "SD5", "SHOULD", "", "WELL_LED", "HART", "", "Test major incident plans with partner agencies at least annually."},
            {"IR", "SD6", "SHOULD", "", "RESPONSIVE", "111", "", "Reduce the number of NHS 111 calls abandoned after 30 seconds."},
            {"INT", "IN1", "SHOULD", "", "WELL_LED", "", "", "Deliver the board's culture and leadership development programme."}};

    /**
     * Action: ref, requirement ref, theme index, executive lead, operational lead, committee, start, original due,
     * state, title. The state says how the story left it: BLUE (complete and assured), DONE (complete, awaiting
     * assurance), ON (in progress, on track), RISK (in progress, behind plan and due soon), LATE (overdue),
     * SLIP (due date revised once), DRIFT (revised twice), PENDING (revision awaiting approval), HOLD, NEW.
     */
    static final String[][] ACTIONS = {
            {"A001", "WN1", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Recruit 40 additional emergency medical advisers to funded establishment"},
            {"A002", "WN1", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2016-07-25", "2016-08-31", "BLUE", "Introduce a daily EOC staffing escalation call with a minimum safe staffing level"},
            {"A003", "WN1", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2016-08-01", "2016-09-09", "BLUE", "Fast-track training course for new EOC call handlers"},
            {"A004", "WN2", "1", "Director of Operations", "Head of NHS 111", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Clinical hub: put a senior clinician on every NHS 111 shift"},
            {"A005", "WN2", "1", "Director of Operations", "Head of NHS 111", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Call-back queue audit and safe-waiting standard for 111 calls"},
            {"A006", "WN3", "0", "Director of Finance", "Head of Fleet and Logistics", "Finance and Investment Committee", "2016-07-25", "2016-09-09", "BLUE", "Complete the overdue vehicle servicing backlog"},
            {"A007", "WN3", "0", "Director of Finance", "Head of Fleet and Logistics", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Asset register and planned maintenance schedule for medical devices"},
            {"A008", "WN4", "0", "Director of Nursing and Quality", "Head of Safeguarding", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Safeguarding level 2 training for all patient-facing staff"},
            {"A009", "WN4", "0", "Director of Nursing and Quality", "Head of Safeguarding", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Single safeguarding referral line with 24-hour cover"},
            {"A010", "WN5", "0", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Controlled drugs: secure storage and twice-daily checks at every station"},
            {"A011", "WN5", "0", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2016-07-25", "2016-09-09", "BLUE", "Medicines pouch tracking and audit"},
            {"A012", "WN6", "3", "Chief Executive", "Company Secretary", "Trust Board", "2016-07-25", "2016-09-09", "BLUE", "Refresh the Board Assurance Framework and corporate risk register"},
            {"A013", "WN6", "3", "Chief Executive", "Head of Risk", "Audit and Risk Committee", "2016-07-25", "2016-09-09", "BLUE", "Ward-to-board quality dashboard reviewed monthly by the board"},
            {"A014", "RN1", "3", "Chief Executive", "Company Secretary", "Audit and Risk Committee", "2016-10-01", "2016-10-27", "BLUE", "Submit governance action plan to CQC"},
            {"A015", "RN1", "3", "Director of Nursing and Quality", "Head of Clinical Governance", "Audit and Risk Committee", "2016-10-01", "2017-03-31", "BLUE", "Clinical records audit programme with quarterly reporting"},
            {"A016", "MD1", "0", "Director of Operations", "Head of IT", "Quality and Patient Safety Committee", "2017-10-09", "2018-03-31", "BLUE", "Replace the 999 call recording system"},
            {"A017", "MD1", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2017-10-09", "2018-06-30", "DONE", "Daily automated check that every 999 call has a retrievable recording"},
            {"A018", "MD1", "0", "Director of Operations", "Head of IT", "Audit and Risk Committee", "2018-01-08", "2018-12-14", "RISK", "Monthly sample audit of call recordings against the call log"},
            {"A019", "MD2", "0", "Director of Nursing and Quality", "Head of Clinical Governance", "Quality and Patient Safety Committee", "2017-10-09", "2018-09-28", "LATE", "Clear the backlog of open serious incident investigations"},
            {"A020", "MD2", "0", "Director of Nursing and Quality", "Head of Clinical Governance", "Quality and Patient Safety Committee", "2017-10-09", "2018-04-30", "BLUE", "Introduce a 60-working-day standard for serious incident investigations"},
            {"A021", "MD2", "0", "Director of Nursing and Quality", "Head of Risk", "Quality and Patient Safety Committee", "2017-11-01", "2018-06-29", "DRIFT", "Replace the incident reporting system with an online form for crews"},
            {"A022", "MD2", "2", "Director of Nursing and Quality", "Head of Clinical Governance", "Quality and Patient Safety Committee", "2018-01-08", "2019-01-31", "ON", "Learning from incidents bulletin and quarterly learning events"},
            {"A023", "MD3", "0", "Director of Finance", "Head of IT", "Audit and Risk Committee", "2017-10-09", "2018-05-31", "SLIP", "Business continuity plan for computer-aided dispatch failure"},
            {"A024", "MD3", "0", "Director of Finance", "Head of IT", "Audit and Risk Committee", "2018-02-01", "2018-11-30", "PENDING", "Live fail-over test of the dispatch system to the secondary site"},
            {"A025", "MD3", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2017-10-09", "2018-03-30", "BLUE", "Paper-based dispatch fallback drill in every EOC each quarter"},
            {"A026", "MD4", "0", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2017-10-09", "2018-08-31", "DONE", "Introduce pre-filled medicines pouches with tamper seals"},
            {"A027", "MD4", "0", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2017-10-09", "2018-10-31", "LATE", "Electronic controlled drugs register at every station"},
            {"A028", "MD4", "0", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2018-03-01", "2019-03-29", "ON", "Patient group directions reviewed and re-signed for all paramedics"},
            {"A029", "MD5", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2017-10-09", "2018-12-21", "RISK", "Recruit clinical supervisors to give two clinicians in each EOC on every shift"},
            {"A030", "MD5", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2018-01-08", "2019-02-28", "ON", "Rotational paramedic roles between road and EOC"},
            {"A031", "MD5", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2017-10-09", "2018-07-31", "DRIFT", "Clinical safety plan with escalation levels for EOC demand surges"},
            {"A032", "MD6", "0", "Director of Finance", "Head of Fleet and Logistics", "Finance and Investment Committee", "2017-10-09", "2018-06-29", "BLUE", "Make-ready hubs take over vehicle equipment checks"},
            {"A033", "MD6", "0", "Director of Finance", "Head of Fleet and Logistics", "Quality and Patient Safety Committee", "2017-10-09", "2018-09-28", "SLIP", "Barcode tracking of equipment servicing and expiry dates"},
            {"A034", "MD7", "0", "Director of Nursing and Quality", "IPC Lead", "Quality and Patient Safety Committee", "2017-10-09", "2018-04-30", "BLUE", "Deep-clean schedule for vehicles every 6 weeks"},
            {"A035", "MD7", "0", "Director of Nursing and Quality", "IPC Lead", "Quality and Patient Safety Committee", "2017-10-09", "2018-10-31", "HOLD", "Station cleanliness audits with action plans"},
            {"A036", "MD7", "0", "Director of Finance", "Head of Estates", "Finance and Investment Committee", "2018-02-01", "2019-03-29", "ON", "Refurbish the three stations rated poor for cleanliness"},
            {"A037", "MD8", "2", "Chief Executive", "FTSU Guardian", "Workforce and Wellbeing Committee", "2017-10-09", "2018-03-30", "BLUE", "Appoint a full-time Freedom to Speak Up Guardian and local champions"},
            {"A038", "MD8", "2", "Director of Workforce and OD", "FTSU Guardian", "Workforce and Wellbeing Committee", "2017-10-09", "2018-10-31", "LATE", "Independent review of grievance and bullying cases since 2014"},
            {"A039", "MD8", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2018-01-08", "2019-03-29", "ON", "Respectful workplace training for all managers"},
            {"A040", "MD8", "2", "Chief Executive", "Director of Workforce and OD", "Trust Board", "2018-04-02", "2018-12-14", "RISK", "Staff survey action plan co-produced with staff side"},
            {"A041", "SD1", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2017-10-09", "2018-09-28", "DONE", "Appraisal booking system and monthly compliance reports"},
            {"A042", "SD1", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2018-04-02", "2019-03-29", "ON", "Protected time for appraisals in operational rotas"},
            {"A043", "SD2", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2017-10-09", "2018-12-31", "ON", "Statutory and mandatory training e-learning bundle"},
            {"A044", "SD2", "2", "Director of Workforce and OD", "Head of Education", "Workforce and Wellbeing Committee", "2018-01-08", "2018-11-30", "SLIP", "Driving standards refresher for all blue-light drivers"},
            {"A045", "SD3", "3", "Director of Operations", "Director of Strategy", "Finance and Investment Committee", "2017-11-01", "2018-08-31", "BLUE", "Dedicated renal transport team with fixed pick-up windows"},
            {"A046", "SD3", "3", "Director of Strategy", "Director of Operations", "Finance and Investment Committee", "2018-04-02", "2019-01-31", "ON", "Patient transport booking portal for hospital discharge teams"},
            {"A047", "SD4", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2017-11-01", "2018-05-31", "BLUE", "Welfare call-back standard for Category 3 and 4 patients"},
            {"A048", "SD4", "0", "Medical Director", "Head of EOC", "Quality and Patient Safety Committee", "2018-03-01", "2018-12-28", "ON", "Falls response car for elderly patients waiting for an ambulance"},
            {"A049", "SD5", "3", "Director of Operations", "Head of Risk", "Audit and Risk Committee", "2017-11-01", "2018-10-31", "DONE", "Joint major incident exercise with police and fire services"},
            {"A050", "SD5", "3", "Director of Operations", "Head of Risk", "Audit and Risk Committee", "2018-05-01", "2019-05-31", "NEW", "HART capability review against the national specification"},
            {"A051", "SD6", "1", "Director of Operations", "Head of NHS 111", "Quality and Patient Safety Committee", "2017-11-01", "2018-07-31", "BLUE", "Forecast-based rota for NHS 111 call handlers"},
            {"A052", "SD6", "1", "Director of Operations", "Head of NHS 111", "Quality and Patient Safety Committee", "2018-02-01", "2018-12-21", "RISK", "Automatic call-back for abandoned NHS 111 calls"},
            {"A053", "SD6", "1", "Director of Strategy", "Head of NHS 111", "Finance and Investment Committee", "2018-06-01", "2019-06-28", "NEW", "Integrated urgent care clinical assessment service business case"},
            {"A054", "IN1", "2", "Chief Executive", "Company Secretary", "Trust Board", "2017-02-01", "2017-12-22", "BLUE", "Board development programme with an external facilitator"},
            {"A055", "IN1", "2", "Chief Executive", "Director of Workforce and OD", "Trust Board", "2017-06-01", "2018-09-28", "DONE", "Values and behaviours framework launched with staff"},
            {"A056", "IN1", "2", "Chief Executive", "Director of Workforce and OD", "Workforce and Wellbeing Committee", "2018-01-08", "2019-03-29", "ON", "Leadership development programme for 200 operational managers"},
            {"A057", "MD2", "3", "Director of Nursing and Quality", "Head of Clinical Governance", "Quality and Patient Safety Committee", "2018-04-02", "2019-02-28", "ON", "Duty of candour compliance audit and training"},
            {"A058", "MD5", "0", "Director of Operations", "Head of EOC", "Quality and Patient Safety Committee", "2018-06-01", "2019-04-30", "ON", "Hear-and-treat clinical validation for Category 3 and 4 calls"},
            {"A059", "MD3", "4", "Director of Finance", "Head of IT", "Finance and Investment Committee", "2018-05-01", "2019-06-28", "NEW", "Replace end-of-life telephony in both EOCs"},
            {"A060", "MD4", "4", "Medical Director", "Chief Pharmacist", "Quality and Patient Safety Committee", "2018-07-02", "2019-04-30", "ON", "Medicines waste reduction and safe disposal scheme"}};

    static final List<String> UPDATE_TEXTS = List.of(
            "Plan agreed with the executive lead; milestones set and resources confirmed.",
            "Recruitment under way; two of the planned posts filled, interviews booked for the rest.",
            "Pilot completed at two sites; feedback from crews was positive and the rollout plan is with the operational board.",
            "Progress slowed by winter pressures; the team has re-planned the remaining steps.",
            "Audit results received and shared at the Quality and Patient Safety Committee.",
            "Supplier delivery delayed; interim arrangements in place and escalated to the executive lead.",
            "Training sessions delivered to staff in all three operational areas.",
            "Evidence pack compiled for assurance review.");
}
