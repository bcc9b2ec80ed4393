package dev.roster.sim.hr;

import java.util.List;

/** The care organisation's fixed vocabularies: divisions, teams, functions, places. */
final class Catalog {

    /** A job title. */
    record Function(String id, String name, String nameEn) {
    }

    /** A location ("vestiging"), a code and a place name. */
    record Place(String code, String name) {
    }

    static final String COMPANY_ID = "1";
    static final String COMPANY_NAME = "Zorggroep De Linde B.V.";
    static final String ODP_ORG_ID = "9001234";
    static final String MAIL_DOMAIN = "zorggroepdelinde.example";

    static final List<String> DIVISIONS = List.of("Wonen en Zorg", "Wijkzorg", "Revalidatie",
            "Bedrijfsvoering");

    /** Team names per division, in the order of {@link #DIVISIONS}. */
    static final List<List<String>> TEAMS = List.of(
            List.of("De Linde Afdeling Berk", "De Linde Afdeling Eik", "Huize Zonnehof Noord",
                    "Huize Zonnehof Zuid", "Het Baken Kleinschalig Wonen", "De Linde Afdeling Esdoorn",
                    "Huize Zonnehof Psychogeriatrie", "Het Baken Somatiek", "De Linde Dagbesteding",
                    "Huize Zonnehof Nachtdienst"),
            List.of("Wijkteam Noord", "Wijkteam Zuid", "Wijkteam Oost", "Wijkteam West",
                    "Wijkteam Centrum", "Wijkteam Soest", "Wijkteam Baarn", "Wijkteam Zeist",
                    "Wijkteam Nieuwegein", "Wijkteam Hilversum"),
            List.of("Revalidatie Geriatrie", "Revalidatie Orthopedie", "Fysiotherapie",
                    "Ergotherapie", "Logopedie", "Revalidatie Poli", "Behandeldienst",
                    "Revalidatie Neurologie", "Diëtetiek", "Psychologie"),
            List.of("HR en Opleidingen", "Financiën", "ICT en Informatiemanagement",
                    "Facilitair Bedrijf", "Planning en Roostering", "Kwaliteit en Veiligheid",
                    "Communicatie", "Inkoop", "Cliëntservice", "Salarisadministratie"));

    static final Function BOARD = new Function("F0001", "Bestuurder", "Director");
    static final Function DIVISION_HEAD = new Function("F0100", "Divisiedirecteur", "Division director");
    static final Function TEAM_LEAD = new Function("F0200", "Teamleider", "Team leader");

    static final List<Function> FUNCTIONS = List.of(
            new Function("F0412", "Verpleegkundige", "Nurse"),
            new Function("F0413", "Senior verpleegkundige", "Senior nurse"),
            new Function("F0420", "Wijkverpleegkundige", "District nurse"),
            new Function("F0300", "Verzorgende IG", "Certified carer"),
            new Function("F0310", "Helpende", "Care assistant"),
            new Function("F0320", "Zorgassistent", "Care aide"),
            new Function("F0330", "Activiteitenbegeleider", "Activity coach"),
            new Function("F0500", "Fysiotherapeut", "Physiotherapist"),
            new Function("F0510", "Ergotherapeut", "Occupational therapist"),
            new Function("F0600", "Specialist ouderengeneeskunde", "Elderly care physician"),
            new Function("F0700", "Planner", "Planner"),
            new Function("F0710", "Secretaresse", "Secretary"),
            new Function("F0800", "Medewerker facilitair", "Facility worker"),
            new Function("F0900", "HR-adviseur", "HR advisor"),
            new Function("F0910", "Controller", "Controller"),
            new Function("F0920", "Medewerker ICT", "IT specialist"));

    static final List<Place> PLACES = List.of(
            new Place("AMF", "Amersfoort"), new Place("UTR", "Utrecht"), new Place("ZST", "Zeist"),
            new Place("NWG", "Nieuwegein"), new Place("HLV", "Hilversum"), new Place("BRN", "Baarn"),
            new Place("SOE", "Soest"), new Place("VEE", "Veenendaal"));

    private Catalog() {
    }
}
