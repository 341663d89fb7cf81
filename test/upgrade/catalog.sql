-- catalog.sql: a listing of every member object of the kpi extension, one
-- line per property, "object | property | value", sorted.  Two databases
-- whose listings are equal hold the same extension objects: the upgrade
-- suite compares an updated database with a fresh install this way.
-- Nothing in it depends on OIDs: objects are named by their identity and
-- referenced objects by regprocedure/regtype/regoperator text, printed with
-- search_path = pg_catalog so that every name of the extension is
-- schema-qualified the same way in both databases.
SET search_path = pg_catalog;

WITH ext AS (
	SELECT oid FROM pg_extension WHERE extname = 'kpi'
), members AS (
	SELECT d.classid, d.objid,
	       (pg_identify_object(d.classid, d.objid, 0)).type || ' ' ||
	       (pg_identify_object(d.classid, d.objid, 0)).identity AS obj
	FROM pg_depend d, ext
	WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), props(obj, prop, val) AS (
	-- the extension itself
	SELECT 'extension kpi', 'version', extversion FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'schema', extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'relocatable', extrelocatable::text FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'config tables', coalesce(extconfig::regclass[]::text, '') FROM pg_extension WHERE extname = 'kpi'
	UNION ALL SELECT 'extension kpi', 'config conditions', coalesce(extcondition::text, '') FROM pg_extension WHERE extname = 'kpi'
	-- every member: that it exists, its comment
	UNION ALL SELECT m.obj, 'member', 'yes' FROM members m
	UNION ALL SELECT m.obj, 'comment', coalesce(dsc.description, '(none)')
	FROM members m LEFT JOIN pg_description dsc
	  ON dsc.classoid = m.classid AND dsc.objoid = m.objid AND dsc.objsubid = 0
	-- functions, procedures and aggregates
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('kind', p.prokind::text),
		('language', (SELECT lanname::text FROM pg_language WHERE oid = p.prolang)),
		('arguments', pg_get_function_arguments(p.oid)),
		('result', pg_get_function_result(p.oid)),
		('return type', p.prorettype::regtype::text),
		('returns set', p.proretset::text),
		('variadic', p.provariadic::regtype::text),
		('argument modes', coalesce(p.proargmodes::text, '')),
		('all argument types', coalesce(p.proallargtypes::regtype[]::text, '')),
		('argument names', coalesce(p.proargnames::text, '')),
		('prosrc', p.prosrc),
		('probin', coalesce(p.probin, '')),
		('sql body', coalesce(pg_get_function_sqlbody(p.oid), '')),
		('volatility', CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END),
		('parallel', CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END),
		('strict', p.proisstrict::text),
		('security definer', p.prosecdef::text),
		('leakproof', p.proleakproof::text),
		('cost', p.procost::text),
		('rows', p.prorows::text),
		('support', p.prosupport::regproc::text),
		('config', coalesce(p.proconfig::text, '')),
		('acl', coalesce(p.proacl::text, '(default)'))
	) x(prop, val)
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
	CROSS JOIN LATERAL (VALUES
		('aggregate kind', a.aggkind::text),
		('direct arguments', a.aggnumdirectargs::text),
		('transition function', a.aggtransfn::regprocedure::text),
		('final function', nullif(a.aggfinalfn, 0)::regprocedure::text),
		('combine function', nullif(a.aggcombinefn, 0)::regprocedure::text),
		('serial function', nullif(a.aggserialfn, 0)::regprocedure::text),
		('deserial function', nullif(a.aggdeserialfn, 0)::regprocedure::text),
		('moving transition function', nullif(a.aggmtransfn, 0)::regprocedure::text),
		('moving inverse function', nullif(a.aggminvtransfn, 0)::regprocedure::text),
		('moving final function', nullif(a.aggmfinalfn, 0)::regprocedure::text),
		('final extra', a.aggfinalextra::text),
		('moving final extra', a.aggmfinalextra::text),
		('final modify', a.aggfinalmodify::text),
		('moving final modify', a.aggmfinalmodify::text),
		('sort operator', nullif(a.aggsortop, 0)::regoperator::text),
		('state type', a.aggtranstype::regtype::text),
		('state space', a.aggtransspace::text),
		('moving state type', nullif(a.aggmtranstype, 0)::regtype::text),
		('moving state space', a.aggmtransspace::text),
		('initial value', coalesce(a.agginitval, '(null)')),
		('moving initial value', coalesce(a.aggminitval, '(null)'))
	) x(prop, val)
	-- types
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('type kind', t.typtype::text),
		('length', t.typlen::text),
		('by value', t.typbyval::text),
		('category', t.typcategory::text),
		('preferred', t.typispreferred::text),
		('delimiter', t.typdelim::text),
		('input', t.typinput::regproc::text),
		('output', t.typoutput::regproc::text),
		('receive', t.typreceive::regproc::text),
		('send', t.typsend::regproc::text),
		('typmod input', t.typmodin::regproc::text),
		('typmod output', t.typmodout::regproc::text),
		('analyze', t.typanalyze::regproc::text),
		('subscript', t.typsubscript::regproc::text),
		('alignment', t.typalign::text),
		('storage', t.typstorage::text),
		('not null', t.typnotnull::text),
		('base type', t.typbasetype::regtype::text),
		('typmod', t.typtypmod::text),
		('dimensions', t.typndims::text),
		('collation', t.typcollation::regcollation::text),
		('default', coalesce(t.typdefault, '(none)')),
		('element type', t.typelem::regtype::text),
		('array type', t.typarray::regtype::text),
		('acl', coalesce(t.typacl::text, '(default)')),
		('enum labels', (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
		                 FROM pg_enum e WHERE e.enumtypid = t.oid)),
		('constraints', (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
		                 FROM pg_constraint c WHERE c.contypid = t.oid)),
		('attributes', (SELECT string_agg(at.attname || ' ' || format_type(at.atttypid, at.atttypmod), ', ' ORDER BY at.attnum)
		                FROM pg_attribute at WHERE at.attrelid = t.typrelid AND at.attnum > 0 AND NOT at.attisdropped))
	) x(prop, val)
	-- operators
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('operator kind', o.oprkind::text),
		('result', o.oprresult::regtype::text),
		('function', o.oprcode::regprocedure::text),
		('commutator', nullif(o.oprcom, 0)::regoperator::text),
		('negator', nullif(o.oprnegate, 0)::regoperator::text),
		('restrict', o.oprrest::regproc::text),
		('join', o.oprjoin::regproc::text),
		('merges', o.oprcanmerge::text),
		('hashes', o.oprcanhash::text)
	) x(prop, val)
	-- operator classes and families (with their members)
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('input type', c.opcintype::regtype::text),
		('default', c.opcdefault::text),
		('family', (pg_identify_object('pg_opfamily'::regclass, c.opcfamily, 0)).identity),
		('key type', nullif(c.opckeytype, 0)::regtype::text)
	) x(prop, val)
	UNION ALL SELECT m.obj,
	       format('operator %s(%s,%s)', ao.amopstrategy, ao.amoplefttype::regtype, ao.amoprighttype::regtype),
	       format('%s purpose %s%s', ao.amopopr::regoperator, ao.amoppurpose,
	              CASE WHEN ao.amopsortfamily <> 0 THEN ' sort family ' ||
	                   (pg_identify_object('pg_opfamily'::regclass, ao.amopsortfamily, 0)).identity ELSE '' END)
	FROM members m JOIN pg_amop ao ON m.classid = 'pg_opfamily'::regclass AND ao.amopfamily = m.objid
	UNION ALL SELECT m.obj,
	       format('function %s(%s,%s)', ap.amprocnum, ap.amproclefttype::regtype, ap.amprocrighttype::regtype),
	       ap.amproc::regprocedure::text
	FROM members m JOIN pg_amproc ap ON m.classid = 'pg_opfamily'::regclass AND ap.amprocfamily = m.objid
	-- casts
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('function', nullif(c.castfunc, 0)::regprocedure::text),
		('context', c.castcontext::text),
		('method', c.castmethod::text)
	) x(prop, val)
	-- tables, views, sequences
	UNION ALL SELECT m.obj, x.prop, x.val
	FROM members m JOIN pg_class r ON m.classid = 'pg_class'::regclass AND r.oid = m.objid
	CROSS JOIN LATERAL (VALUES
		('relation kind', r.relkind::text),
		('columns', (SELECT string_agg(at.attname || ' ' || format_type(at.atttypid, at.atttypmod), ', ' ORDER BY at.attnum)
		             FROM pg_attribute at WHERE at.attrelid = r.oid AND at.attnum > 0 AND NOT at.attisdropped)),
		('view definition', CASE WHEN r.relkind IN ('v', 'm') THEN pg_get_viewdef(r.oid) END),
		('acl', coalesce(r.relacl::text, '(default)'))
	) x(prop, val)
)
SELECT line FROM (
	SELECT obj || ' | ' || prop || ' | ' || replace(coalesce(val, '-'), E'\n', '\n') AS line FROM props
) lines
ORDER BY line COLLATE "C";
