--
-- nps(score integer): 100 * (promoters 9..10 - detractors 0..6) / answers
--

-- 10 answers: promoters 10, 10, 9 (3); passives 8, 7 (2);
-- detractors 6, 5, 3, 0, 0 (5).  100 * (3 - 5) / 10 = -20
SELECT nps(score) FROM (VALUES (10), (10), (9), (8), (7), (6), (5), (3), (0), (0)) v(score);

-- The bucket edges: 9 promoter, 7 passive, 6 detractor.
-- 100 * (1 - 1) / 3 = 0
SELECT nps(score) FROM (VALUES (9), (7), (6)) v(score);

-- NULL answers are ignored: promoters 10, 9; detractor 0; n = 3.
-- 100 * (2 - 1) / 3 = 33.333... (the double nearest 100/3)
SELECT nps(score) FROM (VALUES (10), (NULL), (0), (9), (NULL)) v(score);

-- Single rows: a promoter 100, a passive 0, a detractor -100.
SELECT nps(9) AS promoter, nps(8) AS passive, nps(0) AS detractor;

-- No rows, and only NULLs: no data, NULL.
SELECT nps(score) FROM (VALUES (5)) v(score) WHERE false;
SELECT nps(score) FROM (VALUES (NULL::integer), (NULL)) v(score);

-- Grouped: a = {10, 9, 0, 8} -> 100 * (2 - 1) / 4 = 25;
--          b = {6, 6}        -> 100 * (0 - 2) / 2 = -100;
--          c = {NULL}        -> NULL
SELECT grp, nps(score)
FROM (VALUES ('a', 10), ('a', 9), ('b', 6), ('a', 0), ('b', 6), ('a', 8),
             ('c', NULL)) v(grp, score)
GROUP BY grp ORDER BY grp;

-- Out-of-domain scores are errors, whatever else the group holds.
SELECT nps(score) FROM (VALUES (10), (11)) v(score);
SELECT nps(-1);

-- The state: transition, combine and final function called directly.
SELECT nps_accum('(promoters=0,passives=0,detractors=0)', 9);
SELECT nps_retract('(promoters=1,passives=0,detractors=2)', 3);
-- (1 + 4, 2 + 5, 3 + 6) = (5, 7, 9)
SELECT nps_state_combine('(promoters=1,passives=2,detractors=3)',
                         '(promoters=4,passives=5,detractors=6)');
-- 100 * (5 - 9) / 21 = -400 / 21 = -19.047619...
SELECT nps_final('(promoters=5,passives=7,detractors=9)');
SELECT nps_final('(promoters=0,passives=0,detractors=0)');
-- A count of 2^63 - 1 plus one overflows bigint: an error, not a wrap.
SELECT nps_state_combine('(promoters=9223372036854775807,passives=0,detractors=0)',
                         '(promoters=1,passives=0,detractors=0)');
-- Removing a row that is not there is an error, not a negative count.
SELECT nps_retract('(promoters=0,passives=0,detractors=0)', 10);
