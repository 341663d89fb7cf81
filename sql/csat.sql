--
-- csat(score integer): percent of 1..5 answers scoring 4 or 5
-- csat(satisfied boolean): percent of true
--

-- 8 answers: satisfied 5, 5, 4 (3); unsatisfied 3, 3, 2, 1, 1.
-- 100 * 3 / 8 = 37.5
SELECT csat(score) FROM (VALUES (5), (5), (4), (3), (3), (2), (1), (1)) v(score);

-- The edges: 4 satisfied, 3 not.  100 * 1 / 2 = 50
SELECT csat(score) FROM (VALUES (4), (3)) v(score);

-- NULLs ignored: 5, 1, 2 -> 100 * 1 / 3 = 33.333... (double nearest 100/3)
SELECT csat(score) FROM (VALUES (5), (NULL), (1), (2)) v(score);

-- Single rows, empty and all-NULL groups.
SELECT csat(5) AS five, csat(4) AS four, csat(3) AS three, csat(1) AS one;
SELECT csat(score) FROM (VALUES (5)) v(score) WHERE false;
SELECT csat(score) FROM (VALUES (NULL::integer)) v(score);

-- Boolean form, any scale: 0..10 answers 9, 10, 3, 7 with score >= 9
-- satisfied -> 2 of 4 = 50; NULL ignored.
SELECT csat(score >= 9) FROM (VALUES (9), (10), (3), (7), (NULL)) v(score);
SELECT csat(true) AS yes, csat(false) AS no;
SELECT csat(flag) FROM (VALUES (NULL::boolean)) v(flag);
SELECT csat(flag) FROM (VALUES (true)) v(flag) WHERE false;

-- Grouped: a = {5, 4, 1} -> 100 * 2 / 3 = 66.666...; b = {2} -> 0
SELECT grp, csat(score)
FROM (VALUES ('a', 5), ('b', 2), ('a', 4), ('a', 1)) v(grp, score)
GROUP BY grp ORDER BY grp;

-- Out of the 1..5 scale: errors.
SELECT csat(score) FROM (VALUES (5), (0)) v(score);
SELECT csat(6);

-- State functions: (2, 3) + (1, 4) = (3, 7); 100 * 3 / 7 = 42.857...
SELECT csat_state_combine('(satisfied=2,responses=3)', '(satisfied=1,responses=4)');
SELECT csat_final('(satisfied=3,responses=7)');
SELECT csat_score_accum('(satisfied=0,responses=0)', 4),
       csat_score_accum('(satisfied=0,responses=0)', 3),
       csat_flag_accum('(satisfied=0,responses=0)', true),
       csat_score_retract('(satisfied=1,responses=2)', 5),
       csat_flag_retract('(satisfied=1,responses=2)', false);
