--
-- fcr_rate(resolved_first_contact boolean): percent true
-- fcr_rate(contacts integer): percent of tickets with exactly one contact
--

-- Flags: t, t, t, f -> 100 * 3 / 4 = 75; the NULL is ignored.
SELECT fcr_rate(flag) FROM (VALUES (true), (true), (NULL), (true), (false)) v(flag);

-- Contacts: 1, 1, 2, 3, 1, 5 -> three of six needed one contact: 50.
SELECT fcr_rate(contacts) FROM (VALUES (1), (1), (2), (3), (1), (5)) v(contacts);

-- Contacts 1, 2, 2 with a NULL: 100 * 1 / 3 = 33.333...
SELECT fcr_rate(contacts) FROM (VALUES (1), (2), (NULL), (2)) v(contacts);

-- Single rows, empty and all-NULL groups.
SELECT fcr_rate(true) AS yes, fcr_rate(false) AS no, fcr_rate(1) AS one,
       fcr_rate(2) AS two;
SELECT fcr_rate(flag) FROM (VALUES (true)) v(flag) WHERE false;
SELECT fcr_rate(contacts) FROM (VALUES (1)) v(contacts) WHERE false;
SELECT fcr_rate(flag) FROM (VALUES (NULL::boolean)) v(flag);
SELECT fcr_rate(contacts) FROM (VALUES (NULL::integer)) v(contacts);

-- Grouped by team: a = {1, 2} -> 50; b = {1, 1, 1, 4} -> 75
SELECT team, fcr_rate(contacts)
FROM (VALUES ('a', 1), ('b', 1), ('a', 2), ('b', 1), ('b', 1), ('b', 4)) v(team, contacts)
GROUP BY team ORDER BY team;

-- A ticket has at least one contact.
SELECT fcr_rate(contacts) FROM (VALUES (1), (0)) v(contacts);
SELECT fcr_rate(-3);

-- State functions: (3, 5) + (2, 5) = (5, 10) -> 50
SELECT fcr_state_combine('(resolved_first=3,tickets=5)', '(resolved_first=2,tickets=5)');
SELECT fcr_final('(resolved_first=5,tickets=10)');
SELECT fcr_flag_accum('(resolved_first=0,tickets=0)', true),
       fcr_contacts_accum('(resolved_first=0,tickets=0)', 2),
       fcr_contacts_retract('(resolved_first=1,tickets=1)', 1),
       fcr_flag_retract('(resolved_first=1,tickets=2)', false);
