import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed data set the suite loads, and every value a report over it
 * must return, worked out by hand: two teams, two weeks, four tickets per
 * team and week. The arithmetic is written next to each value.
 *
 * Doubles are compared exactly. Where a result is not a round number the
 * expected value is written as the same IEEE operations the extension
 * performs on exactly representable operands (kpi_percent computes
 * 100.0 * part / whole), e.g. 100.0 * 2 / 3; since the operands are exact,
 * both sides round the same real quotient once and must agree bit for bit.
 */
final class DataSet {
	private DataSet() {
	}

	/** The target the report receives as a parameter (NPS above 30, at risk from 20). */
	static final String NPS_TARGET = "> 30 warn 20";

	/**
	 * The schema, the tickets, the stored targets, and a daily rollup of
	 * KPI states built with every <kpi>_state(raw rows) aggregate.
	 *
	 * Weeks start on Monday 2026-08-31 and Monday 2026-09-07. Columns:
	 * survey answers nps (0..10), csat (1..5), good (a good/bad rating for
	 * csat(boolean)), ces (1..7); resolved (first-contact flag), contacts;
	 * handle time alone and as talk + hold + after-call work; the agent's
	 * busy, scheduled and idle time; the queue wait and whether the caller
	 * abandoned.
	 */
	static final String SETUP_SQL = """
		CREATE EXTENSION kpi;
		CREATE TABLE tickets (
			id integer PRIMARY KEY, team text NOT NULL, day date NOT NULL,
			nps integer, csat integer, good boolean, resolved boolean, contacts integer, ces integer,
			handle interval, talk interval, hold interval, acw interval,
			busy interval, scheduled interval, idle interval, wait interval, abandoned boolean);
		INSERT INTO tickets VALUES
		-- id  team         day         nps  csat  good   resolved contacts ces handle        talk          hold      acw      busy   scheduled idle      wait    abandoned
		  ( 1, 'Billing',   '2026-08-31', 10,    5, true,  true,  1, 7, '5 min',      '4 min',      '1 min',  '30 s',  '6 h', '8 h',  '5 min',  '10 s', false),
		  ( 2, 'Billing',   '2026-08-31',  9,    4, false, true,  1, 6, '7 min',      '6 min',      '0 s',    '90 s',  '7 h', '8 h',  '10 min', '20 s', false),
		  ( 3, 'Billing',   '2026-09-02',  8,    3, false, true,  2, 5, '3 min 30 s', '3 min',      '30 s',   '1 min', '5 h', '8 h',  '0 s',    '30 s', false),
		  ( 4, 'Billing',   '2026-09-02',  3,    1, false, false, 4, 2, '4 min 30 s', '5 min',      '2 min',  '1 min', '3 h', '4 h',  '5 min',  '2 s',  true),
		  ( 5, 'Billing',   '2026-09-07', 10,    5, true,  true,  1, 7, '6 min',      '5 min',      '30 s',   '30 s',  '8 h', '8 h',  '0 s',    '5 s',  false),
		  ( 6, 'Billing',   '2026-09-07',  6,    2, false, false, 3, 3, '10 min',     '8 min',      '1 min',  '1 min', '6 h', '8 h',  '10 min', '40 s', false),
		  ( 7, 'Billing',   '2026-09-09',  0,    1, false, false, 1, 1, '8 min',      '6 min',      '1 min',  '1 min', '4 h', '8 h',  '20 min', '25 s', true),
		  ( 8, 'Billing',   '2026-09-09', NULL,  3, true,  true,  1, 4, '12 min',     '10 min',     '1 min',  '2 min', '4 h', '8 h',  '30 min', '60 s', true),
		  ( 9, 'Technical', '2026-08-31',  9,    5, true,  true,  1, 6, '2 min',      '1 min 30 s', '0 s',    '30 s',  '7 h', '8 h',  '2 min',  '3 s',  false),
		  (10, 'Technical', '2026-08-31',  9,    4, true,  true,  1, 7, '4 min',      '3 min',      '30 s',   '30 s',  '8 h', '8 h',  '4 min',  '15 s', false),
		  (11, 'Technical', '2026-09-01',  7,    4, false, false, 2, 5, '6 min',      '4 min',      '1 min',  '1 min', '7 h', '8 h',  '6 min',  '1 s',  true),
		  (12, 'Technical', '2026-09-01', 10,    5, true,  true,  2, 6, '4 min',      '3 min',      '1 min',  '1 min', '8 h', '8 h',  '12 min', '8 s',  true),
		  (13, 'Technical', '2026-09-08', 10, NULL, true,  true,  1, 7, '3 min',      '2 min',      '30 s',   '30 s',  '8 h', '8 h',  '0 s',    '12 s', false),
		  (14, 'Technical', '2026-09-08',  8, NULL, false, true,  1, 5, '5 min',      '4 min',      '0 s',    '1 min', '8 h', '10 h', '10 min', '18 s', false),
		  (15, 'Technical', '2026-09-10',  2, NULL, false, true,  1, 4, '7 min',      '5 min',      '1 min',  '1 min', '6 h', '8 h',  '5 min',  '22 s', false),
		  (16, 'Technical', '2026-09-10',  9, NULL, true,  false, 2, 6, '1 min',      '30 s',       '0 s',    '30 s',  '4 h', '6 h',  '5 min',  '4 s',  true);

		-- targets stored as values, one row
		CREATE TABLE goals (aht_target kpi_target, sl_target kpi_target, abandon_target kpi_target);
		INSERT INTO goals VALUES ('< 5 min warn 7 min', '>= 70%', '<= 10%');

		-- a nightly rollup: one row of KPI states per team and day
		CREATE TABLE daily AS
		SELECT team, day,
			nps_state(nps) AS nps, csat_state(csat) AS csat_score, csat_state(good) AS csat_flag,
			fcr_state(resolved) AS fcr_flag, fcr_state(contacts) AS fcr_contacts, ces_state(ces) AS ces,
			aht_state(handle) AS aht_handle, aht_state(talk, hold, acw) AS aht_parts,
			utilization_state(busy, scheduled) AS utilization, occupancy_state(handle, idle) AS occupancy,
			service_level_state(wait, '20 s') AS sl, service_level_state(wait, abandoned, '20 s') AS sl_abandons,
			asa_state(wait, abandoned) AS asa, abandonment_state(abandoned) AS abandonment,
			abandonment_state(abandoned, wait, '5 s') AS abandonment_short,
			shrinkage_state(scheduled - busy, scheduled) AS shrinkage
		FROM tickets GROUP BY team, day;
		""";

	/** The KPI columns: the same names in the report, the rollup table and the expectations. */
	static final List<String> KPIS = List.of("nps", "csat_score", "csat_flag", "fcr_flag",
			"fcr_contacts", "ces", "aht_handle", "aht_parts", "utilization", "occupancy", "sl",
			"sl_abandons", "asa", "abandonment", "abandonment_short", "shrinkage");

	/** The SQL type of each KPI column's state. */
	static final Map<String, String> STATE_TYPES = Map.ofEntries(
			Map.entry("nps", "nps_state"), Map.entry("csat_score", "csat_state"),
			Map.entry("csat_flag", "csat_state"), Map.entry("fcr_flag", "fcr_state"),
			Map.entry("fcr_contacts", "fcr_state"), Map.entry("ces", "ces_state"),
			Map.entry("aht_handle", "aht_state"), Map.entry("aht_parts", "aht_state"),
			Map.entry("utilization", "utilization_state"), Map.entry("occupancy", "occupancy_state"),
			Map.entry("sl", "service_level_state"), Map.entry("sl_abandons", "service_level_state"),
			Map.entry("asa", "asa_state"), Map.entry("abandonment", "abandonment_state"),
			Map.entry("abandonment_short", "abandonment_state"),
			Map.entry("shrinkage", "shrinkage_state"));

	/** One team's week and what every column of a report row for it must hold. */
	record Week(String team, LocalDate start, Map<String, Object> expected) {
		/** A week with no expectations yet. */
		Week(String team, String start) {
			this(team, LocalDate.parse(start), new LinkedHashMap<>());
		}

		/** Adds one expected column value; returns this week for chaining. */
		Week put(String column, Object value) {
			expected.put(column, value);
			return this;
		}

		/** "Billing 2026-08-31", to name the row in failures. */
		String label() {
			return team + " " + start;
		}
	}

	/** The four weeks, in report order (team, then week). */
	static final List<Week> WEEKS = List.of(withStateValues(billingWeek1()),
			withStateValues(billingWeek2()), withStateValues(technicalWeek1()),
			withStateValues(technicalWeek2()));

	/**
	 * kpi_value of a merged state is the KPI of the rows behind it: the
	 * rollup's nps_value and aht_parts_value equal nps and aht_parts.
	 */
	private static Week withStateValues(Week w) {
		return w.put("nps_value", w.expected().get("nps")).put("aht_parts_value", w.expected().get("aht_parts"));
	}

	/** The PostgreSQL type name of every column a report can return. */
	static String columnType(String column) {
		if (column.equals("team") || column.endsWith("_direction") || column.endsWith("_unit"))
			return "text";
		if (column.equals("week"))
			return "date";
		if (column.endsWith("_target"))
			return "kpi_target";
		if (column.endsWith("_status"))
			return "kpi_status";
		if (column.endsWith("_met"))
			return "bool";
		if (column.endsWith("_counts"))
			return "jsonb";
		if (column.endsWith("_state"))
			return STATE_TYPES.get(column.substring(0, column.length() - "_state".length()));
		if (List.of("aht_handle", "aht_parts", "asa", "aht_gap", "aht_parts_value").contains(column))
			return "interval";
		return "float8";
	}

	/**
	 * Rows 1-4. Billing, week of 2026-08-31.
	 */
	private static Week billingWeek1() {
		Week w = new Week("Billing", "2026-08-31");
		// nps 10, 9, 8, 3: promoters 2 (10, 9), passives 1 (8), detractors 1 (3), 4 answers
		w.put("nps", 25.0);					// 100 * (2 - 1) / 4 = 25
		w.put("csat_score", 50.0);			// csat 5, 4, 3, 1: 4 or 5 twice of 4 -> 100 * 2 / 4 = 50
		w.put("csat_flag", 25.0);			// good t, f, f, f: 1 of 4 -> 25
		w.put("fcr_flag", 75.0);			// resolved t, t, t, f: 3 of 4 -> 75
		w.put("fcr_contacts", 50.0);		// contacts 1, 1, 2, 4: one contact twice of 4 -> 50
		w.put("ces", 5.0);					// (7 + 6 + 5 + 2) / 4 = 20 / 4 = 5
		w.put("aht_handle", "00:05:00");	// (300 + 420 + 210 + 270) s / 4 = 1200 / 4 = 300 s
		// talk + hold + acw: 240+60+30 = 330, 360+0+90 = 450, 180+30+60 = 270, 300+120+60 = 480
		w.put("aht_parts", "00:06:22.5");	// 1530 s / 4 = 382.5 s
		w.put("utilization", 75.0);			// busy 6+7+5+3 = 21 h, scheduled 8+8+8+4 = 28 h -> 100 * 21 / 28 = 75
		w.put("shrinkage", 25.0);			// unavailable = scheduled - busy = 28 - 21 = 7 h of 28 h paid -> 25
		w.put("occupancy", 50.0);			// handle 1200 s = 20 min, idle 5+10+0+5 = 20 min -> 100 * 20 / 40 = 50
		w.put("sl", 75.0);					// waits 10, 20, 30, 2 s: <= 20 s three of 4 -> 75
		// answered: rows 1-3 (waits 10, 20, 30): 3 answered, 2 within 20 s; row 4 abandoned
		// after 2 s, within the threshold: counted nowhere
		w.put("sl_abandons", 100.0 * 2 / 3);	// 2 / (3 + 0) -> 66.666...
		w.put("asa", "00:00:20");			// answered waits (10 + 20 + 30) s / 3 = 20 s
		w.put("abandonment", 25.0);			// abandoned f, f, f, t: 1 of 4 -> 25
		// row 4 abandoned after 2 s < 5 s: a short abandon, out of both counts
		w.put("abandonment_short", 0.0);	// (1 - 1) / (4 - 1) = 0
		putTargets(w);
		// nps 25 against "> 30 warn 20": not above 30, above 20
		w.put("nps_status", "at_risk").put("nps_met", false);
		w.put("nps_attainment", 100.0 * 25.0 / 30.0);	// higher is better: 100 * value / goal = 83.33...
		w.put("nps_gap", -5.0);							// 25 - 30
		// aht 382.5 s against "< 5 min warn 7 min": not under 300 s, under 420 s
		w.put("aht_status", "at_risk").put("aht_met", false);
		w.put("aht_attainment", 100.0 * 300_000_000.0 / 382_500_000.0);	// lower is better: 100 * goal / value, in microseconds
		w.put("aht_gap", "00:01:22.5");					// 382.5 s - 300 s = 82.5 s
		w.put("sl_status", "missed");					// sl_abandons 66.67 against ">= 70%", no warning
		w.put("abandon_attainment", null);				// 100 * goal / value with value 0: zero denominator -> NULL
		// states: the counts behind the KPIs above; durations in microseconds
		w.put("nps_state", "(promoters=2,passives=1,detractors=1)");
		w.put("csat_score_state", "(satisfied=2,responses=4)");
		w.put("csat_flag_state", "(satisfied=1,responses=4)");
		w.put("fcr_flag_state", "(resolved_first=3,tickets=4)");
		w.put("fcr_contacts_state", "(resolved_first=2,tickets=4)");
		w.put("ces_state", "(responses=4,score_sum=20,score_squares=114)");	// 49 + 36 + 25 + 4
		w.put("aht_handle_state", "(contacts=4,handle_us=1200000000,handle_us_squares=383400000000000000)");	// 1200 s; 300^2 + 420^2 + 210^2 + 270^2 = 383400 s^2
		w.put("aht_parts_state", "(contacts=4,handle_us=1530000000,handle_us_squares=614700000000000000)");	// 1530 s; 330^2 + 450^2 + 270^2 + 480^2 = 614700 s^2
		// 21 h = 75600 s, 28 h = 100800 s
		w.put("utilization_state", "(busy_us=75600000000,scheduled_us=100800000000)");
		w.put("shrinkage_state", "(unavailable_us=25200000000,paid_us=100800000000)");	// 7 h, 28 h
		w.put("occupancy_state", "(handle_us=1200000000,idle_us=1200000000)");	// 1200 s, 20 min = 1200 s
		// the two-argument form counts every contact as answered
		w.put("sl_state", "(threshold_us=20000000,answered=4,answered_within=3,abandoned_after=0)");
		w.put("sl_abandons_state", "(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=0)");
		w.put("asa_state", "(answered=3,wait_us=60000000,wait_us_squares=1400000000000000)");	// 60 s; 10^2 + 20^2 + 30^2 = 1400 s^2
		// the one-argument form is the three-argument one with a zero limit
		w.put("abandonment_state", "(short_abandon_us=0,offered=4,abandoned=1,short_abandoned=0)");
		w.put("abandonment_short_state", "(short_abandon_us=5000000,offered=4,abandoned=1,short_abandoned=1)");
		// jsonb orders keys by length, then bytes
		w.put("nps_counts", "{\"passives\": 1, \"promoters\": 2, \"detractors\": 1}");
		return w;
	}

	/**
	 * Rows 5-8. Billing, week of 2026-09-07; row 8 has no NPS answer.
	 */
	private static Week billingWeek2() {
		Week w = new Week("Billing", "2026-09-07");
		// nps 10, 6, 0, NULL: promoters 1, passives 0, detractors 2, NULL ignored: 3 answers
		w.put("nps", 100.0 * (1 - 2) / 3);	// -33.333...
		w.put("csat_score", 25.0);			// csat 5, 2, 1, 3: one 4-or-5 of 4 -> 25
		w.put("csat_flag", 50.0);			// good t, f, f, t: 2 of 4 -> 50
		w.put("fcr_flag", 50.0);			// resolved t, f, f, t: 2 of 4 -> 50
		w.put("fcr_contacts", 75.0);		// contacts 1, 3, 1, 1: three of 4 -> 75
		w.put("ces", 3.75);					// (7 + 3 + 1 + 4) / 4 = 15 / 4
		w.put("aht_handle", "00:09:00");	// (360 + 600 + 480 + 720) s / 4 = 2160 / 4 = 540 s
		// talk + hold + acw: 300+30+30 = 360, 480+60+60 = 600, 360+60+60 = 480, 600+60+120 = 780
		w.put("aht_parts", "00:09:15");		// 2220 s / 4 = 555 s
		w.put("utilization", 68.75);		// busy 8+6+4+4 = 22 h of 32 h -> 100 * 22 / 32
		w.put("shrinkage", 31.25);			// 32 - 22 = 10 h of 32 h -> 100 * 10 / 32
		w.put("occupancy", 37.5);			// handle 2160 s = 36 min, idle 0+10+20+30 = 60 min -> 100 * 36 / 96
		w.put("sl", 25.0);					// waits 5, 40, 25, 60 s: only 5 s within 20 s -> 1 of 4
		// answered: rows 5 (5 s, within) and 6 (40 s); abandoned after 25 s and 60 s: both after 20 s
		w.put("sl_abandons", 25.0);			// 1 / (2 + 2) -> 25
		w.put("asa", "00:00:22.5");			// answered waits (5 + 40) s / 2
		w.put("abandonment", 50.0);			// rows 7 and 8 abandoned: 2 of 4
		w.put("abandonment_short", 50.0);	// abandons waited 25 s and 60 s, none under 5 s: 2 / 4
		putTargets(w);
		w.put("nps_status", "missed").put("nps_met", false);	// -33.3 is below 20
		w.put("nps_attainment", 100.0 * (100.0 * (1 - 2) / 3) / 30.0);	// 100 * value / goal = -111.1...
		w.put("nps_gap", 100.0 * (1 - 2) / 3 - 30.0);	// -33.333... - 30 = -63.333...
		w.put("aht_status", "missed").put("aht_met", false);	// 555 s is over 420 s
		w.put("aht_attainment", 100.0 * 300_000_000.0 / 555_000_000.0);	// 100 * goal / value = 54.05...
		w.put("aht_gap", "00:04:15");					// 555 s - 300 s = 255 s
		w.put("sl_status", "missed");					// 25 against ">= 70%"
		w.put("abandon_attainment", 20.0);				// "<= 10%": 100 * 10 / 50
		w.put("nps_state", "(promoters=1,passives=0,detractors=2)");
		w.put("csat_score_state", "(satisfied=1,responses=4)");
		w.put("csat_flag_state", "(satisfied=2,responses=4)");
		w.put("fcr_flag_state", "(resolved_first=2,tickets=4)");
		w.put("fcr_contacts_state", "(resolved_first=3,tickets=4)");
		w.put("ces_state", "(responses=4,score_sum=15,score_squares=75)");	// 49 + 9 + 1 + 16
		w.put("aht_handle_state", "(contacts=4,handle_us=2160000000,handle_us_squares=1238400000000000000)");	// 2160 s; 360^2 + 600^2 + 480^2 + 720^2 = 1238400 s^2
		w.put("aht_parts_state", "(contacts=4,handle_us=2220000000,handle_us_squares=1328400000000000000)");	// 2220 s; 360^2 + 600^2 + 480^2 + 780^2 = 1328400 s^2
		// 22 h = 79200 s, 32 h = 115200 s
		w.put("utilization_state", "(busy_us=79200000000,scheduled_us=115200000000)");
		w.put("shrinkage_state", "(unavailable_us=36000000000,paid_us=115200000000)");	// 10 h, 32 h
		w.put("occupancy_state", "(handle_us=2160000000,idle_us=3600000000)");	// 2160 s, 60 min = 3600 s
		w.put("sl_state", "(threshold_us=20000000,answered=4,answered_within=1,abandoned_after=0)");
		w.put("sl_abandons_state", "(threshold_us=20000000,answered=2,answered_within=1,abandoned_after=2)");
		w.put("asa_state", "(answered=2,wait_us=45000000,wait_us_squares=1625000000000000)");	// 45 s; 5^2 + 40^2 = 1625 s^2
		w.put("abandonment_state", "(short_abandon_us=0,offered=4,abandoned=2,short_abandoned=0)");
		w.put("abandonment_short_state", "(short_abandon_us=5000000,offered=4,abandoned=2,short_abandoned=0)");
		w.put("nps_counts", "{\"passives\": 0, \"promoters\": 1, \"detractors\": 2}");
		return w;
	}

	/**
	 * Rows 9-12. Technical, week of 2026-08-31.
	 */
	private static Week technicalWeek1() {
		Week w = new Week("Technical", "2026-08-31");
		// nps 9, 9, 7, 10: promoters 3, passives 1, detractors 0, 4 answers
		w.put("nps", 75.0);					// 100 * (3 - 0) / 4
		w.put("csat_score", 100.0);			// csat 5, 4, 4, 5: all 4 or 5
		w.put("csat_flag", 75.0);			// good t, t, f, t: 3 of 4
		w.put("fcr_flag", 75.0);			// resolved t, t, f, t: 3 of 4
		w.put("fcr_contacts", 50.0);		// contacts 1, 1, 2, 2: 2 of 4
		w.put("ces", 6.0);					// (6 + 7 + 5 + 6) / 4 = 24 / 4
		w.put("aht_handle", "00:04:00");	// (120 + 240 + 360 + 240) s / 4 = 960 / 4 = 240 s
		// talk + hold + acw: 90+0+30 = 120, 180+30+30 = 240, 240+60+60 = 360, 180+60+60 = 300
		w.put("aht_parts", "00:04:15");		// 1020 s / 4 = 255 s
		w.put("utilization", 93.75);		// busy 7+8+7+8 = 30 h of 32 h -> 100 * 30 / 32
		w.put("shrinkage", 6.25);			// 32 - 30 = 2 h of 32 h -> 100 * 2 / 32
		w.put("occupancy", 40.0);			// handle 960 s = 16 min, idle 2+4+6+12 = 24 min -> 100 * 16 / 40
		w.put("sl", 100.0);					// waits 3, 15, 1, 8 s: all within 20 s
		// answered: rows 9 (3 s) and 10 (15 s), both within; abandons after 1 s and 8 s: within, nowhere
		w.put("sl_abandons", 100.0);		// 2 / (2 + 0)
		w.put("asa", "00:00:09");			// (3 + 15) s / 2
		w.put("abandonment", 50.0);			// rows 11 and 12 abandoned: 2 of 4
		// row 11 abandoned after 1 s < 5 s (short), row 12 after 8 s
		w.put("abandonment_short", 100.0 * 1 / 3);	// (2 - 1) / (4 - 1) -> 33.333...
		putTargets(w);
		w.put("nps_status", "met").put("nps_met", true);	// 75 > 30
		w.put("nps_attainment", 250.0);					// 100 * 75 / 30
		w.put("nps_gap", 45.0);							// 75 - 30
		w.put("aht_status", "met").put("aht_met", true);	// 255 s < 300 s
		w.put("aht_attainment", 100.0 * 300_000_000.0 / 255_000_000.0);	// 100 * goal / value = 117.6...
		w.put("aht_gap", "-00:00:45");					// 255 s - 300 s
		w.put("sl_status", "met");						// 100 >= 70
		w.put("abandon_attainment", 100.0 * 10.0 / (100.0 * 1 / 3));	// "<= 10%": 100 * 10 / 33.333... (about 30)
		w.put("nps_state", "(promoters=3,passives=1,detractors=0)");
		w.put("csat_score_state", "(satisfied=4,responses=4)");
		w.put("csat_flag_state", "(satisfied=3,responses=4)");
		w.put("fcr_flag_state", "(resolved_first=3,tickets=4)");
		w.put("fcr_contacts_state", "(resolved_first=2,tickets=4)");
		w.put("ces_state", "(responses=4,score_sum=24,score_squares=146)");	// 36 + 49 + 25 + 36
		w.put("aht_handle_state", "(contacts=4,handle_us=960000000,handle_us_squares=259200000000000000)");	// 960 s; 120^2 + 240^2 + 360^2 + 240^2 = 259200 s^2
		w.put("aht_parts_state", "(contacts=4,handle_us=1020000000,handle_us_squares=291600000000000000)");	// 1020 s; 120^2 + 240^2 + 360^2 + 300^2 = 291600 s^2
		// 30 h = 108000 s, 32 h = 115200 s
		w.put("utilization_state", "(busy_us=108000000000,scheduled_us=115200000000)");
		w.put("shrinkage_state", "(unavailable_us=7200000000,paid_us=115200000000)");	// 2 h, 32 h
		w.put("occupancy_state", "(handle_us=960000000,idle_us=1440000000)");	// 960 s, 24 min = 1440 s
		w.put("sl_state", "(threshold_us=20000000,answered=4,answered_within=4,abandoned_after=0)");
		w.put("sl_abandons_state", "(threshold_us=20000000,answered=2,answered_within=2,abandoned_after=0)");
		w.put("asa_state", "(answered=2,wait_us=18000000,wait_us_squares=234000000000000)");	// 18 s; 3^2 + 15^2 = 234 s^2
		w.put("abandonment_state", "(short_abandon_us=0,offered=4,abandoned=2,short_abandoned=0)");
		w.put("abandonment_short_state", "(short_abandon_us=5000000,offered=4,abandoned=2,short_abandoned=1)");
		w.put("nps_counts", "{\"passives\": 1, \"promoters\": 3, \"detractors\": 0}");
		return w;
	}

	/**
	 * Rows 13-16. Technical, week of 2026-09-07; no CSAT answers at all.
	 */
	private static Week technicalWeek2() {
		Week w = new Week("Technical", "2026-09-07");
		// nps 10, 8, 2, 9: promoters 2, passives 1, detractors 1, 4 answers
		w.put("nps", 25.0);					// 100 * (2 - 1) / 4
		w.put("csat_score", null);			// every csat is NULL: no answers -> NULL
		w.put("csat_flag", 50.0);			// good t, f, f, t: 2 of 4
		w.put("fcr_flag", 75.0);			// resolved t, t, t, f: 3 of 4
		w.put("fcr_contacts", 75.0);		// contacts 1, 1, 1, 2: 3 of 4
		w.put("ces", 5.5);					// (7 + 5 + 4 + 6) / 4 = 22 / 4
		w.put("aht_handle", "00:04:00");	// (180 + 300 + 420 + 60) s / 4 = 960 / 4 = 240 s
		// talk + hold + acw: 120+30+30 = 180, 240+0+60 = 300, 300+60+60 = 420, 30+0+30 = 60
		w.put("aht_parts", "00:04:00");		// 960 s / 4 = 240 s
		w.put("utilization", 81.25);		// busy 8+8+6+4 = 26 h, scheduled 8+10+8+6 = 32 h -> 100 * 26 / 32
		w.put("shrinkage", 18.75);			// 32 - 26 = 6 h of 32 h -> 100 * 6 / 32
		w.put("occupancy", 100.0 * 16 / 36);	// handle 16 min, idle 0+10+5+5 = 20 min -> 100 * 16 / 36 = 44.4...
		w.put("sl", 75.0);					// waits 12, 18, 22, 4 s: 3 within 20 s of 4
		// answered: rows 13-15 (12, 18, 22 s): 3 answered, 2 within; row 16 abandoned after 4 s: nowhere
		w.put("sl_abandons", 100.0 * 2 / 3);	// 2 / (3 + 0) -> 66.666...
		// (12 + 18 + 22) s / 3 = 52 000 000 us / 3 = 17 333 333.33 us, rounded half up to 17 333 333 us
		w.put("asa", "00:00:17.333333");
		w.put("abandonment", 25.0);			// row 16 abandoned: 1 of 4
		w.put("abandonment_short", 0.0);	// row 16 waited 4 s < 5 s, short: (1 - 1) / (4 - 1)
		putTargets(w);
		w.put("nps_status", "at_risk").put("nps_met", false);	// 25: not above 30, above 20
		w.put("nps_attainment", 100.0 * 25.0 / 30.0);	// 83.33...
		w.put("nps_gap", -5.0);							// 25 - 30
		w.put("aht_status", "met").put("aht_met", true);	// 240 s < 300 s
		w.put("aht_attainment", 125.0);					// 100 * 300 / 240
		w.put("aht_gap", "-00:01:00");					// 240 s - 300 s
		w.put("sl_status", "missed");					// 66.67 against ">= 70%"
		w.put("abandon_attainment", null);				// value 0: zero denominator -> NULL
		w.put("nps_state", "(promoters=2,passives=1,detractors=1)");
		w.put("csat_score_state", "(satisfied=0,responses=0)");	// nothing counted: the initial state
		w.put("csat_flag_state", "(satisfied=2,responses=4)");
		w.put("fcr_flag_state", "(resolved_first=3,tickets=4)");
		w.put("fcr_contacts_state", "(resolved_first=3,tickets=4)");
		w.put("ces_state", "(responses=4,score_sum=22,score_squares=126)");	// 49 + 25 + 16 + 36
		w.put("aht_handle_state", "(contacts=4,handle_us=960000000,handle_us_squares=302400000000000000)");	// 960 s; 180^2 + 300^2 + 420^2 + 60^2 = 302400 s^2
		w.put("aht_parts_state", "(contacts=4,handle_us=960000000,handle_us_squares=302400000000000000)");	// 960 s; the same parts sums
		// 26 h = 93600 s, 32 h = 115200 s
		w.put("utilization_state", "(busy_us=93600000000,scheduled_us=115200000000)");
		w.put("shrinkage_state", "(unavailable_us=21600000000,paid_us=115200000000)");	// 6 h, 32 h
		w.put("occupancy_state", "(handle_us=960000000,idle_us=1200000000)");	// 960 s, 20 min = 1200 s
		w.put("sl_state", "(threshold_us=20000000,answered=4,answered_within=3,abandoned_after=0)");
		w.put("sl_abandons_state", "(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=0)");
		w.put("asa_state", "(answered=3,wait_us=52000000,wait_us_squares=952000000000000)");	// 52 s; 12^2 + 18^2 + 22^2 = 952 s^2
		w.put("abandonment_state", "(short_abandon_us=0,offered=4,abandoned=1,short_abandoned=0)");
		w.put("abandonment_short_state", "(short_abandon_us=5000000,offered=4,abandoned=1,short_abandoned=1)");
		w.put("nps_counts", "{\"passives\": 1, \"promoters\": 2, \"detractors\": 1}");
		return w;
	}

	/** The target columns that do not depend on the week. */
	private static void putTargets(Week w) {
		w.put("nps_target", NPS_TARGET);		// canonical already: the text comes back unchanged
		w.put("nps_goal", 30.0).put("nps_warning", 20.0);
		w.put("nps_direction", "higher").put("nps_unit", "number");	// ">": higher is better
		w.put("aht_target", "< 5 min warn 7 min");
		w.put("aht_goal", 300.0).put("aht_warning", 420.0);			// durations in seconds: 5 min, 7 min
		w.put("aht_direction", "lower").put("aht_unit", "duration");
		w.put("sl_target", ">= 70%");
		w.put("sl_warning", null);				// no warning threshold
		w.put("sl_unit", "percent");
		w.put("abandon_target", "<= 10%");
	}
}
