--
-- ces(score integer): mean of 1..7 effort answers
--

-- 7, 6, 6, 5, 1 -> 25 / 5 = 5
SELECT ces(score) FROM (VALUES (7), (6), (6), (5), (1)) v(score);

-- 7, 6 and a NULL -> 13 / 2 = 6.5
SELECT ces(score) FROM (VALUES (7), (NULL), (6)) v(score);

-- 1, 2, 2 -> 5 / 3 = 1.666... (double nearest 5/3)
SELECT ces(score) FROM (VALUES (1), (2), (2)) v(score);

-- Single rows at both ends of the scale, empty and all-NULL groups.
SELECT ces(1) AS lowest, ces(7) AS highest;
SELECT ces(score) FROM (VALUES (4)) v(score) WHERE false;
SELECT ces(score) FROM (VALUES (NULL::integer)) v(score);

-- Grouped: a = {3, 4} -> 3.5; b = {7} -> 7
SELECT grp, ces(score)
FROM (VALUES ('a', 3), ('b', 7), ('a', 4)) v(grp, score)
GROUP BY grp ORDER BY grp;

-- Outside 1..7: errors.
SELECT ces(score) FROM (VALUES (4), (8)) v(score);
SELECT ces(0);

-- State functions: answers {4, 5} are (2, 9, 16 + 25 = 41), answers
-- {1, 2, 3} are (3, 6, 1 + 4 + 9 = 14); together (5, 15, 55) -> 15 / 5 = 3
SELECT ces_state_combine('(responses=2,score_sum=9,score_squares=41)',
                         '(responses=3,score_sum=6,score_squares=14)');
SELECT ces_final('(responses=5,score_sum=15,score_squares=55)');
-- adding a 6: (1, 6, 36); taking the 7 out of {1, 7} = (2, 8, 50): (1, 1, 1)
SELECT ces_accum('(responses=0,score_sum=0,score_squares=0)', 6),
       ces_retract('(responses=2,score_sum=8,score_squares=50)', 7);
