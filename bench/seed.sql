-- Data generator (issue 8): a realistic 2026 programme at scale in schema :schema.
-- 100,000 applications across all statuses (plausible Japanese companies, corporate numbers with
-- valid check digits, every answer, hiring positions, stored rule evaluations, timelines), a tiny
-- valid consent PDF for every application past SUBMITTED, screening records, 2,000 support cases
-- with coordinator history and activities. Set-based (generate_series), repeatable: setseed()
-- fixes every random() draw, parallel workers are off so the draws happen in the same order.
-- Run through bench/seed.sh, which first lets the application's Flyway create the schema and
-- the demo users (the load accounts reuse the demo password's hash).
\set ON_ERROR_STOP on
SET search_path TO :schema;
SET max_parallel_workers_per_gather = 0;
SET synchronous_commit = off;
\o /dev/null
SELECT setseed(0.2026);
\o

-- The programme at scale: far more applications than the 420 places of the real year, so the
-- capacity is raised; bench/capacity-race.sh sets it back to "10 places left" for its test.
UPDATE programme SET capacity = 1000000 WHERE id = 1;

-- One row per application with its random draws; the status comes from a shuffled rank so that
-- the counts per status are exact (2,000 adopted = 2,000 support cases).
CREATE TEMP TABLE t AS
SELECT g, random() AS rs, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
       random() AS r6, random() AS r7, random() AS r8, random() AS r9
FROM generate_series(1, 100000) g;
CREATE TEMP TABLE k AS SELECT g, row_number() OVER (ORDER BY rs, g) AS k FROM t;

CREATE TEMP TABLE stem (i int, ja text, en text);
INSERT INTO stem VALUES (0,'東洋','Toyo'),(1,'大和','Yamato'),(2,'富士','Fuji'),(3,'中央','Chuo'),(4,'北陸','Hokuriku'),
 (5,'瀬戸内','Setouchi'),(6,'みなと','Minato'),(7,'さくら','Sakura'),(8,'青葉','Aoba'),(9,'昭和','Showa'),(10,'旭','Asahi'),
 (11,'新星','Shinsei'),(12,'光洋','Koyo'),(13,'朝日','Asahi'),(14,'信州','Shinshu'),(15,'山田','Yamada'),(16,'高橋','Takahashi'),
 (17,'三河','Mikawa'),(18,'日進','Nisshin'),(19,'丸和','Maruwa'),(20,'菱和','Ryowa'),(21,'平和','Heiwa'),(22,'若葉','Wakaba'),
 (23,'北斗','Hokuto'),(24,'アルファ','Alpha');
CREATE TEMP TABLE kind (i int, ja text, en text);
INSERT INTO kind VALUES (0,'精機','Seiki'),(1,'工業','Kogyo'),(2,'商事','Shoji'),(3,'製作所','Seisakusho'),(4,'電機','Denki'),
 (5,'化学','Chemical'),(6,'食品','Foods'),(7,'物産','Bussan'),(8,'建設','Construction'),(9,'システムズ','Systems'),
 (10,'テクノ','Techno'),(11,'運輸','Transport'),(12,'産業','Sangyo'),(13,'ソリューションズ','Solutions'),(14,'薬品','Pharma'),
 (15,'繊維','Textile'),(16,'印刷','Printing'),(17,'エンジニアリング','Engineering'),(18,'トレーディング','Trading'),(19,'フーズ','Foods');
CREATE TEMP TABLE pref (i int, code text, ja text);
INSERT INTO pref SELECT ord - 1, p, j FROM unnest(
  ARRAY['HOKKAIDO','AOMORI','IWATE','MIYAGI','AKITA','YAMAGATA','FUKUSHIMA','IBARAKI','TOCHIGI','GUNMA','SAITAMA','CHIBA','TOKYO',
        'KANAGAWA','NIIGATA','TOYAMA','ISHIKAWA','FUKUI','YAMANASHI','NAGANO','GIFU','SHIZUOKA','AICHI','MIE','SHIGA','KYOTO','OSAKA',
        'HYOGO','NARA','WAKAYAMA','TOTTORI','SHIMANE','OKAYAMA','HIROSHIMA','YAMAGUCHI','TOKUSHIMA','KAGAWA','EHIME','KOCHI','FUKUOKA',
        'SAGA','NAGASAKI','KUMAMOTO','OITA','MIYAZAKI','KAGOSHIMA','OKINAWA'],
  ARRAY['北海道','青森県','岩手県','宮城県','秋田県','山形県','福島県','茨城県','栃木県','群馬県','埼玉県','千葉県','東京都',
        '神奈川県','新潟県','富山県','石川県','福井県','山梨県','長野県','岐阜県','静岡県','愛知県','三重県','滋賀県','京都府','大阪府',
        '兵庫県','奈良県','和歌山県','鳥取県','島根県','岡山県','広島県','山口県','徳島県','香川県','愛媛県','高知県','福岡県',
        '佐賀県','長崎県','熊本県','大分県','宮崎県','鹿児島県','沖縄県']) WITH ORDINALITY AS x(p, j, ord);
CREATE TEMP TABLE ind (i int, code text);
INSERT INTO ind SELECT ord - 1, c FROM unnest(ARRAY['A_AGRICULTURE_FORESTRY','B_FISHERIES','C_MINING','D_CONSTRUCTION',
  'E_MANUFACTURING','F_UTILITIES','G_INFORMATION_COMMUNICATIONS','H_TRANSPORT_POSTAL','I_WHOLESALE_RETAIL','J_FINANCE_INSURANCE',
  'K_REAL_ESTATE_RENTAL','L_PROFESSIONAL_TECHNICAL','M_ACCOMMODATION_FOOD','N_LIVING_AMUSEMENT','O_EDUCATION','P_MEDICAL_WELFARE',
  'Q_COMPOUND_SERVICES','R_OTHER_SERVICES','T_UNCLASSIFIABLE']) WITH ORDINALITY AS x(c, ord);

CREATE TEMP TABLE a AS
SELECT t.g, 1000 + t.g AS id, k.k,
       CASE WHEN k.k <= 2000 THEN 'ADOPTED' WHEN k.k <= 22000 THEN 'REJECTED' WHEN k.k <= 40000 THEN 'DRAFT'
            WHEN k.k <= 46000 THEN 'SUBMITTED' WHEN k.k <= 68000 THEN 'COMPLETE' WHEN k.k <= 83000 THEN 'DOCUMENT_SCREENING'
            WHEN k.k <= 90000 THEN 'INTERVIEW_SCHEDULED' WHEN k.k <= 96000 THEN 'WITHDRAWN' ELSE 'DEEMED_WITHDRAWN' END AS status,
       t.r1, t.r2, t.r3, t.r4, t.r5, t.r6, t.r7, t.r8, t.r9,
       -- twelve base digits, unique per application, away from the demo data's numbers
       lpad((301000000000 + t.g * 37)::text, 12, '0') AS base12
FROM t JOIN k ON k.g = t.g;

ALTER TABLE a ADD COLUMN legal_form text, ADD COLUMN corporate_number text, ADD COLUMN name_ja text, ADD COLUMN name_en text,
  ADD COLUMN prefecture text, ADD COLUMN pref_ja text, ADD COLUMN industry text, ADD COLUMN created_at timestamptz,
  ADD COLUMN submitted_at timestamptz, ADD COLUMN completed_at timestamptz, ADD COLUMN changed_at timestamptz, ADD COLUMN email text;

UPDATE a SET legal_form = CASE WHEN status = 'REJECTED' AND r1 < 0.15 THEN 'OTHER' WHEN r1 < 0.75 THEN 'KK' WHEN r1 < 0.88 THEN 'GK' ELSE 'YK' END,
  corporate_number = (SELECT (9 - sum(substr(a.base12, p, 1)::int * CASE WHEN p % 2 = 0 THEN 1 ELSE 2 END) % 9)::text
                      FROM generate_series(1, 12) p) || base12,
  prefecture = CASE WHEN r4 < 0.30 THEN 'TOKYO' WHEN r4 < 0.40 THEN 'OSAKA' WHEN r4 < 0.47 THEN 'AICHI' WHEN r4 < 0.53 THEN 'KANAGAWA'
                    WHEN r4 < 0.57 THEN 'FUKUOKA' ELSE (SELECT code FROM pref WHERE pref.i = floor(a.r5 * 47)::int) END,
  industry = CASE WHEN r6 < 0.32 THEN 'E_MANUFACTURING' WHEN r6 < 0.50 THEN 'G_INFORMATION_COMMUNICATIONS' WHEN r6 < 0.64 THEN 'I_WHOLESALE_RETAIL'
                  WHEN r6 < 0.70 THEN 'L_PROFESSIONAL_TECHNICAL' ELSE (SELECT code FROM ind WHERE ind.i = floor(a.r9 * 19)::int) END,
  created_at = timestamptz '2026-02-01 09:00+09' + r7 * interval '270 days',
  email = CASE WHEN status = 'DRAFT' THEN 'load-' || lpad(g::text, 6, '0') ELSE 'company-' || lpad(g::text, 6, '0') END || '@example.jp';
UPDATE a SET pref_ja = p.ja FROM pref p WHERE p.code = a.prefecture;
UPDATE a SET name_ja = CASE a.legal_form WHEN 'KK' THEN CASE WHEN a.r8 < 0.5 THEN '株式会社' || s.ja || k.ja ELSE s.ja || k.ja || '株式会社' END
                                         WHEN 'GK' THEN s.ja || k.ja || '合同会社' WHEN 'YK' THEN '有限会社' || s.ja || k.ja
                                         ELSE '一般社団法人' || s.ja || k.ja || '協会' END,
             name_en = s.en || ' ' || k.en || CASE a.legal_form WHEN 'GK' THEN ' LLC' WHEN 'OTHER' THEN ' Association' ELSE ' Co., Ltd.' END
FROM stem s, kind k WHERE s.i = floor(a.r2 * 25)::int AND k.i = floor(a.r3 * 20)::int;
UPDATE a SET submitted_at = CASE WHEN status <> 'DRAFT' THEN created_at + (1 + r8 * 20) * interval '1 day' END;
UPDATE a SET completed_at = CASE WHEN status NOT IN ('DRAFT', 'SUBMITTED') THEN submitted_at + r1 * interval '5 days' END;
UPDATE a SET changed_at = CASE WHEN status IN ('DRAFT') THEN created_at + r8 * interval '3 days' WHEN status = 'SUBMITTED' THEN submitted_at
                               WHEN status = 'COMPLETE' THEN completed_at ELSE completed_at + (1 + r9 * 25) * interval '1 day' END;

-- Accounts: 50 more screeners (bench/inbox.sh signs each session in as its own), ten coordinators, one applicant account per application
-- (DRAFT owners are load-NNNNNN@example.jp: the load tests sign in as them); all with the demo
-- password (the hash of applicant@example.jp, created by the demo data).
INSERT INTO user_account (id, email, password_hash, role, status, display_name, language, created_at, version)
SELECT 200 + n, 'screener-' || lpad(n::text, 2, '0') || '@example.jp', (SELECT password_hash FROM user_account WHERE email = 'applicant@example.jp'),
       'SCREENER', 'ACTIVE', '審査 ' || n, 'ja', timestamptz '2026-01-15 09:00+09', 0 FROM generate_series(1, 50) n
UNION ALL
SELECT 300 + n, 'coordinator-' || lpad(n::text, 2, '0') || '@example.jp', (SELECT password_hash FROM user_account WHERE email = 'applicant@example.jp'),
       'COORDINATOR', 'ACTIVE', 'コーディネーター ' || n, 'ja', timestamptz '2026-01-15 09:00+09', 0 FROM generate_series(1, 10) n;
INSERT INTO user_account (id, email, password_hash, role, status, display_name, language, created_at, last_sign_in_at, version)
SELECT a.id, a.email, (SELECT password_hash FROM user_account WHERE email = 'applicant@example.jp'), 'APPLICANT', 'ACTIVE',
       CASE WHEN a.r5 < 0.5 THEN '採用 担当' ELSE '人事 担当' END || a.g, CASE WHEN a.r6 < 0.9 THEN 'ja' ELSE 'en' END,
       a.created_at - interval '1 hour', a.changed_at, 0
FROM a;

-- Companies exist once an application is submitted.
INSERT INTO company (id, legal_name_ja, legal_name_en, legal_form, corporate_number, website_url, version)
SELECT id, name_ja, name_en, legal_form, corporate_number, 'https://www.' || regexp_replace(lower(name_en), '[^a-z]+', '-', 'g') || id || '.example.jp/', 1
FROM a WHERE status <> 'DRAFT';

INSERT INTO application (id, company_id, programme_id, status, created_at, status_changed_at, submitted_at, version, owner_account_id,
    corporate_number, draft_saved_at, consent_received_at, withdrawal_reason, legal_name_ja, legal_name_en, legal_form, corporate_number_input,
    postal_code, prefecture, address, website_url, industry, employees, capital_yen, year_founded, representative_name,
    representative_title, contact_name, contact_department, contact_email, contact_phone,
    q_placement_business, q_own_website, q_overseas_subsidiary_only, q_regular_full_time, q_employed_graduates,
    q_employed_by_applicant, q_global_south_interest, q_financial_base, q_same_company_supported,
    m_talent_understanding, m_philosophy_strategy, m_motive_purpose, m_executive_involvement, m_internal_structure,
    m_expected_results, m_result_category, d_law1, d_law2, d_law3, d_coop1, d_coop2, d_coop3, d_coop4, d_coop5, d_coop6, d_privacy,
    completed_at, assigned_screener)
SELECT a.id, CASE WHEN a.status <> 'DRAFT' THEN a.id END, 1, a.status, a.created_at, a.changed_at, a.submitted_at, 1, a.id,
    a.corporate_number, CASE WHEN a.status = 'DRAFT' THEN a.changed_at ELSE a.submitted_at END, a.completed_at,
    CASE WHEN a.status = 'WITHDRAWN' THEN '社内体制の見直しのため' END,
    a.name_ja, a.name_en, a.legal_form, a.corporate_number,
    lpad((100 + floor(a.r9 * 899))::text, 3, '0') || '-' || lpad(floor(a.r8 * 9999)::text, 4, '0'), a.prefecture,
    a.pref_ja || CASE WHEN a.r5 < 0.5 THEN '中央区' ELSE '北区' END || (1 + floor(a.r6 * 9))::int || '-' || (1 + floor(a.r7 * 30))::int || '-' || (1 + floor(a.r8 * 20))::int,
    'https://www.' || regexp_replace(lower(a.name_en), '[^a-z]+', '-', 'g') || a.id || '.example.jp/', a.industry,
    (5 + floor(power(a.r3, 3) * 2995))::int, (3000000 + floor(power(a.r4, 2) * 300) * 1000000)::bigint, (1950 + floor(a.r1 * 74))::int,
    CASE WHEN a.r2 < 0.5 THEN '山田 太郎' ELSE '佐藤 一郎' END, '代表取締役', CASE WHEN a.r3 < 0.5 THEN '鈴木 花子' ELSE '田中 美咲' END, '人事部',
    a.email, '0' || (3 + floor(a.r4 * 6))::int || '-' || lpad(floor(a.r5 * 9999)::text, 4, '0') || '-' || lpad(floor(a.r6 * 9999)::text, 4, '0'),
    -- EX-2..EX-8 answered as eligible; MAYBE-1 (financial base) and MAYBE-2 (supported before) vary, as stored below
    false, true, false, true, true, true, true, a.r7 < 0.8, a.r8 < 0.7,
    t.m_talent_understanding, t.m_philosophy_strategy, t.m_motive_purpose, t.m_executive_involvement, t.m_internal_structure,
    t.m_expected_results, t.m_result_category, true, true, true, true, true, true, true, true, true, true, a.completed_at,
    -- SCREEN-1: everything that reached screening has a screener (the screening records below)
    CASE WHEN a.status NOT IN ('DOCUMENT_SCREENING', 'INTERVIEW_SCHEDULED', 'ADOPTED', 'REJECTED', 'DEEMED_WITHDRAWN') THEN NULL
         WHEN a.r9 < 0.3 THEN 'screener@example.jp' ELSE 'screener-0' || (1 + floor(a.r8 * 5))::int || '@example.jp' END
FROM a CROSS JOIN (SELECT * FROM application WHERE id = 1) t;

INSERT INTO hiring_position (application_id, position_index, role_type, status_of_residence, education, hires, work_prefecture,
                             countries_of_interest, target_start)
SELECT a.id, n, CASE WHEN n = 0 THEN 'RESEARCHER_ENGINEER' ELSE h.role_type END, h.status_of_residence,
       CASE WHEN a.r1 < 0.6 THEN 'MASTER' ELSE h.education END, 1 + floor(a.r2 * 3)::int, a.prefecture,
       CASE WHEN a.r3 < 0.3 THEN 'India, Viet Nam' WHEN a.r3 < 0.6 THEN 'Indonesia, Philippines' ELSE 'Brazil, Nigeria, India' END,
       DATE '2027-01-01' + (n * 30)
FROM a CROSS JOIN (SELECT * FROM hiring_position WHERE application_id = 1 AND position_index = 0) h
CROSS JOIN generate_series(0, 1) n WHERE n = 0 OR a.r4 < 0.35;

-- The stored rule evaluation of every submitted application (13 rules, as the application stores it).
INSERT INTO rule_evaluation (id, application_id, rule_code, position_no, outcome, message_key, evaluated_at)
SELECT row_number() OVER (ORDER BY a.id, r.rule_code) + 1000, a.id, r.rule_code, r.position_no,
       CASE WHEN r.rule_code = 'EX-1' AND a.legal_form = 'OTHER' THEN 'FAIL'
            WHEN r.rule_code = 'MAYBE-1' AND NOT (a.r7 < 0.8) THEN 'FLAG' WHEN r.rule_code = 'MAYBE-2' AND NOT (a.r8 < 0.7) THEN 'FLAG'
            ELSE 'PASS' END,
       'eligibility.' || r.rule_code || '.' || CASE WHEN r.rule_code = 'EX-1' AND a.legal_form = 'OTHER' THEN 'FAIL'
            WHEN r.rule_code = 'MAYBE-1' AND NOT (a.r7 < 0.8) THEN 'FLAG' WHEN r.rule_code = 'MAYBE-2' AND NOT (a.r8 < 0.7) THEN 'FLAG'
            ELSE 'PASS' END,
       a.submitted_at
FROM a CROSS JOIN (SELECT DISTINCT rule_code, position_no FROM rule_evaluation WHERE application_id = 1) r
WHERE a.status <> 'DRAFT';

-- The consent form: one tiny valid one-page PDF (329 bytes) for every application past SUBMITTED.
CREATE TEMP TABLE pdf AS SELECT decode('255044462d312e340a312030206f626a0a3c3c202f54797065202f436174616c6f67202f5061676573203220302052203e3e0a656e646f626a0a322030206f626a0a3c3c202f54797065202f5061676573202f4b696473205b33203020525d202f436f756e742031203e3e0a656e646f626a0a332030206f626a0a3c3c202f54797065202f50616765202f506172656e74203220302052202f4d65646961426f78205b30203020353935203834325d203e3e0a656e646f626a0a787265660a3020340a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303538203030303030206e200a30303030303030313135203030303030206e200a747261696c65720a3c3c202f53697a652034202f526f6f74203120302052203e3e0a7374617274787265660a3138360a2525454f460a', 'hex') AS content;
INSERT INTO consent_document (id, application_id, original_name, stored_name, size_bytes, sha256, pages, uploaded_at, seal_checked_by, seal_checked_at)
SELECT a.id, a.id, '同意書.pdf', md5(a.id::text || 'consent'), length(p.content), encode(sha256(p.content), 'hex'), 1, a.completed_at,
       CASE WHEN a.status IN ('ADOPTED', 'INTERVIEW_SCHEDULED') THEN 'screener@example.jp' END,
       CASE WHEN a.status IN ('ADOPTED', 'INTERVIEW_SCHEDULED') THEN a.changed_at END
FROM a CROSS JOIN pdf p WHERE a.completed_at IS NOT NULL;
INSERT INTO consent_content (application_id, content) SELECT a.id, p.content FROM a CROSS JOIN pdf p WHERE a.completed_at IS NOT NULL;

-- Timelines.
INSERT INTO application_event (id, application_id, occurred_at, type, detail)
SELECT row_number() OVER (ORDER BY e.application_id, e.occurred_at, e.type) + 1000, e.* FROM (
    SELECT id AS application_id, created_at AS occurred_at, 'DRAFT_STARTED' AS type, NULL AS detail FROM a
    UNION ALL SELECT id, submitted_at, 'SUBMITTED', NULL FROM a WHERE submitted_at IS NOT NULL
    UNION ALL SELECT id, completed_at, 'CONSENT_RECEIVED', NULL FROM a WHERE completed_at IS NOT NULL
    UNION ALL SELECT id, completed_at, 'COMPLETED', NULL FROM a WHERE completed_at IS NOT NULL
    UNION ALL SELECT id, completed_at + interval '1 day', 'DOCUMENT_SCREENING_STARTED', NULL FROM a
              WHERE status IN ('DOCUMENT_SCREENING', 'INTERVIEW_SCHEDULED', 'ADOPTED', 'REJECTED', 'DEEMED_WITHDRAWN')
    UNION ALL SELECT id, changed_at, status, NULL FROM a WHERE status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'REJECTED', 'WITHDRAWN', 'DEEMED_WITHDRAWN')
) e;

-- Screening records (SCREEN-1..4) for everything that reached screening.
INSERT INTO screening_record (id, application_id, score1, score2, score3, score4, score5,
    comment1, document_decision, document_decided_at, interview_at, interview_medium, teams_url, attendee, notice_sent_at,
    confirmed_at, no_show, interview_notes, final_decision, decided_at, decided_by, internal_reason, referred_services,
    interview_attended_by, interview_outcome, changed_by, changed_at, version)
SELECT a.id, a.id,
       sc.s1, sc.s2, sc.s3, sc.s4, sc.s5,
       CASE WHEN sc.s1 <= 2 THEN '事業計画との関連が不明確' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN 'PASS'
            WHEN a.status = 'REJECTED' THEN 'REJECT' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'REJECTED') THEN a.completed_at + interval '3 days' END,
       CASE WHEN a.status = 'INTERVIEW_SCHEDULED' THEN timestamptz '2026-12-01 10:00+09' + floor(a.r3 * 30) * interval '1 day'
            WHEN a.status IN ('ADOPTED', 'DEEMED_WITHDRAWN') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN a.completed_at + interval '8 days' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'DEEMED_WITHDRAWN') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN 'TEAMS' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'DEEMED_WITHDRAWN') OR (a.status = 'REJECTED' AND a.r2 < 0.5)
            THEN 'https://teams.microsoft.com/l/meetup-join/bench-' || a.id END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'DEEMED_WITHDRAWN') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN 'REPRESENTATIVE' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED', 'DEEMED_WITHDRAWN') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN a.completed_at + interval '4 days' END,
       CASE WHEN a.status IN ('INTERVIEW_SCHEDULED', 'ADOPTED') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN a.completed_at + interval '5 days' END,
       false,
       CASE WHEN a.status IN ('ADOPTED') OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN '代表者が出席。採用計画を確認。' END,
       CASE WHEN a.status = 'ADOPTED' THEN 'PASS' WHEN a.status = 'REJECTED' THEN 'REJECT' END,
       CASE WHEN a.status IN ('ADOPTED', 'REJECTED') THEN a.changed_at END,
       CASE WHEN a.status IN ('ADOPTED', 'REJECTED') THEN 'admin@example.jp' END,
       CASE WHEN a.status = 'REJECTED' THEN '審査基準の合計点が採択水準に達しない' END,
       CASE WHEN a.status = 'REJECTED' THEN '1' END,
       CASE WHEN a.status = 'ADOPTED' OR (a.status = 'REJECTED' AND a.r2 < 0.5) THEN '代表取締役' END,
       CASE WHEN a.status = 'ADOPTED' THEN 'RECOMMEND_ADOPTION' WHEN a.status = 'REJECTED' AND a.r2 < 0.5 THEN 'RECOMMEND_REJECTION' END,
       'screener@example.jp', a.changed_at, 1
FROM a CROSS JOIN LATERAL (SELECT
        CASE WHEN a.status = 'DOCUMENT_SCREENING' AND a.r1 < 0.5 THEN NULL WHEN a.status = 'REJECTED' THEN 1 + floor(a.r1 * 3)::int ELSE 3 + floor(a.r1 * 3)::int END AS s1,
        CASE WHEN a.status = 'DOCUMENT_SCREENING' AND a.r1 < 0.5 THEN NULL ELSE 3 + floor(a.r2 * 3)::int END AS s2,
        CASE WHEN a.status = 'DOCUMENT_SCREENING' AND a.r1 < 0.5 THEN NULL ELSE 3 + floor(a.r3 * 3)::int END AS s3,
        CASE WHEN a.status = 'DOCUMENT_SCREENING' AND a.r1 < 0.5 THEN NULL ELSE 3 + floor(a.r4 * 3)::int END AS s4,
        CASE WHEN a.status = 'DOCUMENT_SCREENING' AND a.r1 < 0.5 THEN NULL ELSE 3 + floor(a.r5 * 3)::int END AS s5) sc
WHERE a.status IN ('DOCUMENT_SCREENING', 'INTERVIEW_SCHEDULED', 'ADOPTED', 'REJECTED', 'DEEMED_WITHDRAWN');

-- 2,000 support cases (one per adopted application) with coordinator history and a work log.
CREATE TEMP TABLE c AS
SELECT a.id, a.id AS application_id, a.name_ja, a.changed_at AS created_at, a.r1, a.r2, a.r3,
       CASE WHEN a.r4 < 0.15 THEN 'KICKOFF' WHEN a.r4 < 0.85 THEN 'ACTIVE' WHEN a.r4 < 0.90 THEN 'ENDED' ELSE 'TERMINATED' END AS status,
       CASE WHEN a.r9 < 0.1 THEN 'coordinator@example.jp' ELSE 'coordinator-' || lpad((1 + floor(a.r5 * 10))::int::text, 2, '0') || '@example.jp' END AS coordinator,
       1 + floor(a.r6 * 4)::int AS stage
FROM a WHERE a.status = 'ADOPTED';
INSERT INTO support_case (id, application_id, programme_id, company_name, status, coordinator, created_at, kickoff_at, kickoff_attendees,
    kickoff_minutes, goal1, goal2, goal3, goal4, period_start, period_end, company_agreed_at, jetro_agreed_at, coordinator_agreed_at,
    stage1, stage2, stage3, stage4, term_reason, term_effective, term_note, closed_by, closed_at, version, changed_by, changed_at,
    publication_consent, publication_consent_at)
SELECT c.id, c.application_id, 1, c.name_ja, c.status, c.coordinator, c.created_at,
       CASE WHEN c.status <> 'KICKOFF' THEN c.created_at + interval '7 days' END,
       CASE WHEN c.status <> 'KICKOFF' THEN '代表取締役、人事部長、コーディネーター' END,
       CASE WHEN c.status <> 'KICKOFF' THEN '支援計画を確認した。' END,
       '採用戦略の策定', '募集・選考の実施', '受入れ・定着の体制整備', '育成・活躍の仕組みづくり',
       CASE WHEN c.status <> 'KICKOFF' THEN (c.created_at + interval '7 days')::date END,
       CASE WHEN c.status <> 'KICKOFF' THEN DATE '2027-03-31' END,
       CASE WHEN c.status <> 'KICKOFF' THEN c.created_at + interval '8 days' END,
       CASE WHEN c.status <> 'KICKOFF' THEN c.created_at + interval '8 days' END,
       CASE WHEN c.status <> 'KICKOFF' THEN c.created_at + interval '8 days' END,
       CASE WHEN c.status = 'KICKOFF' THEN 'NOT_STARTED' WHEN c.stage > 1 OR c.status = 'ENDED' THEN 'DONE' ELSE 'IN_PROGRESS' END,
       CASE WHEN c.status = 'KICKOFF' OR c.stage < 2 THEN 'NOT_STARTED' WHEN c.stage > 2 OR c.status = 'ENDED' THEN 'DONE' ELSE 'IN_PROGRESS' END,
       CASE WHEN c.status = 'KICKOFF' OR c.stage < 3 THEN 'NOT_STARTED' WHEN c.stage > 3 OR c.status = 'ENDED' THEN 'DONE' ELSE 'IN_PROGRESS' END,
       CASE WHEN c.status = 'KICKOFF' OR c.stage < 4 THEN 'NOT_STARTED' WHEN c.status = 'ENDED' THEN 'DONE' ELSE 'IN_PROGRESS' END,
       CASE WHEN c.status = 'TERMINATED' THEN 'TERM_' || (1 + floor(c.r1 * 5))::int END,
       CASE WHEN c.status = 'TERMINATED' THEN (c.created_at + interval '60 days')::date END,
       CASE WHEN c.status = 'TERMINATED' THEN '企業からの申出により終了' END,
       CASE WHEN c.status IN ('TERMINATED', 'ENDED') THEN 'admin@example.jp' END,
       CASE WHEN c.status IN ('TERMINATED', 'ENDED') THEN c.created_at + interval '60 days' END,
       1, c.coordinator, c.created_at + interval '8 days',
       CASE WHEN c.r2 < 0.6 THEN true WHEN c.r2 < 0.8 THEN false END,
       CASE WHEN c.r2 < 0.8 THEN c.created_at + interval '9 days' END
FROM c;
INSERT INTO coordinator_assignment (id, case_id, coordinator, assigned_from, assigned_to, reason)
SELECT c.id, c.id, c.coordinator, c.created_at + interval '1 day', NULL, NULL FROM c;
INSERT INTO support_activity (id, case_id, type, activity_date, duration_minutes, participants, notes, next_actions, stage,
                              visit_state, costs_may_be_charged, recorded_by, recorded_at, out_of_scope)
SELECT row_number() OVER (ORDER BY c.id, n) + 1000, c.id, x.type,
       (c.created_at + (7 + n * 9) * interval '1 day')::date, 30 + 15 * (n % 4), '人事部長、コーディネーター',
       '第' || n || '回の打合せ。' || CASE x.type WHEN 'VISIT' THEN '事業所を訪問し受入れ体制を確認。' ELSE '採用計画の進捗を確認。' END,
       '求人票の修正', LEAST(c.stage, 1 + n / 4),
       CASE WHEN x.type = 'VISIT' THEN 'DONE' END, false, c.coordinator, c.created_at + (7 + n * 9) * interval '1 day', NULL
FROM c CROSS JOIN generate_series(1, 12) n
CROSS JOIN LATERAL (SELECT (ARRAY['PHONE','EMAIL','ONLINE_MEETING','VISIT','ONLINE_MEETING','EMAIL'])[1 + (n + c.id::int) % 6] AS type) x
WHERE c.status <> 'KICKOFF' AND c.created_at + (7 + n * 9) * interval '1 day' < timestamptz '2026-11-28 00:00+09'
  AND n <= 4 + floor(c.r3 * 9);

-- COOP-3: three surveys of the year, each sent to every case in support or ended (about 1,800
-- companies), with three questions; about two thirds submitted, some drafts, reminders counted.
INSERT INTO survey (id, programme_id, title_ja, title_en, created_by, created_at, sent_at)
SELECT 1000 + t.n, 1, t.ja, t.en, 'admin@example.jp', t.at, t.at
FROM (VALUES (1, '支援開始時アンケート', 'Survey at the start of support', timestamptz '2026-07-01 10:00+09'),
             (2, '中間アンケート', 'Mid-term survey', timestamptz '2026-09-15 10:00+09'),
             (3, '採用状況アンケート', 'Hiring survey', timestamptz '2026-11-16 10:00+09')) AS t(n, ja, en, at);
INSERT INTO survey_question (survey_id, question_no, question_type, text_ja, text_en, options_ja, options_en, mandatory)
SELECT s.id, q.no, q.type, q.ja, q.en, q.oja, q.oen, q.req FROM survey s
CROSS JOIN (VALUES (1, 'SINGLE_CHOICE', '支援に満足していますか', 'Are you satisfied with the support?', E'はい\nいいえ', E'Yes\nNo', true),
                   (2, 'RATING', 'コーディネーターの評価', 'Rate your coordinator', NULL, NULL, true),
                   (3, 'FREE_TEXT', 'ご意見', 'Comments', NULL, NULL, false)) AS q(no, type, ja, en, oja, oen, req);
CREATE TEMP TABLE sr AS
SELECT row_number() OVER (ORDER BY s.id, c.id) + 1000 AS id, s.id AS survey_id, c.id AS case_id, c.name_ja,
       s.sent_at, random() AS r
FROM survey s CROSS JOIN c WHERE c.status <> 'TERMINATED';
INSERT INTO survey_recipient (id, survey_id, case_id, company_name, draft_saved_at, submitted_at, reminders)
SELECT sr.id, sr.survey_id, sr.case_id, sr.name_ja,
       CASE WHEN sr.r < 0.72 THEN sr.sent_at + interval '2 days' END,
       CASE WHEN sr.r < 0.66 THEN sr.sent_at + interval '3 days' END,
       CASE WHEN sr.r < 0.66 THEN 0 WHEN sr.r < 0.85 THEN 1 ELSE 2 END
FROM sr;
INSERT INTO survey_answer (recipient_id, question_no, choices, rating, answer_text)
SELECT sr.id, q.no, CASE q.no WHEN 1 THEN CASE WHEN sr.r < 0.6 THEN '0' ELSE '1' END END,
       CASE q.no WHEN 2 THEN 3 + floor(sr.r * 3)::int END,
       CASE q.no WHEN 3 THEN '定着支援の進め方が参考になりました。' END
FROM sr CROSS JOIN generate_series(1, 3) AS q(no)
WHERE sr.r < 0.72 AND (q.no = 1 OR sr.r < 0.66);

-- Past every generated id: EclipseLink pre-allocates 50 ids per nextval (START WITH = INCREMENT BY
-- = 50 hands out ids value-49..value), so the sequences restart at a multiple of 50 above the data.
\o /dev/null
SELECT setval('company_seq', (SELECT (max(id) / 50 + 1) * 50 FROM company));
SELECT setval('application_seq', (SELECT (max(id) / 50 + 1) * 50 FROM application));
SELECT setval('user_account_seq', (SELECT (max(id) / 50 + 1) * 50 FROM user_account));
SELECT setval('application_event_seq', (SELECT (max(id) / 50 + 1) * 50 FROM application_event));
SELECT setval('consent_document_seq', (SELECT (max(id) / 50 + 1) * 50 FROM consent_document));
SELECT setval('rule_evaluation_seq', (SELECT (max(id) / 50 + 1) * 50 FROM rule_evaluation));
SELECT setval('screening_record_seq', (SELECT (max(id) / 50 + 1) * 50 FROM screening_record));
SELECT setval('support_case_seq', (SELECT (max(id) / 50 + 1) * 50 FROM support_case));
SELECT setval('coordinator_assignment_seq', (SELECT (max(id) / 50 + 1) * 50 FROM coordinator_assignment));
SELECT setval('support_activity_seq', (SELECT (max(id) / 50 + 1) * 50 FROM support_activity));
SELECT setval('survey_seq', (SELECT (max(id) / 50 + 1) * 50 FROM survey));
SELECT setval('survey_recipient_seq', (SELECT (max(id) / 50 + 1) * 50 FROM survey_recipient));

-- SCREEN-2: the days to the first notice, kept on the application as the application does (V32).
UPDATE application a SET days_to_notice = EXTRACT(EPOCH FROM (r.notice_sent_at - a.completed_at)) / 86400.0
FROM screening_record r WHERE r.application_id = a.id AND r.notice_sent_at IS NOT NULL AND a.completed_at IS NOT NULL
  AND a.days_to_notice IS NULL;

VACUUM ANALYZE;
\o

\echo 'seeded:'
SELECT status, count(*) FROM application GROUP BY status ORDER BY status;
SELECT 'applications' AS what, count(*) FROM application
UNION ALL SELECT 'companies', count(*) FROM company
UNION ALL SELECT 'accounts', count(*) FROM user_account
UNION ALL SELECT 'load accounts (DRAFT owners, load-NNNNNN@example.jp)', count(*) FROM user_account WHERE email LIKE 'load-%'
UNION ALL SELECT 'hiring positions', count(*) FROM hiring_position
UNION ALL SELECT 'rule evaluations', count(*) FROM rule_evaluation
UNION ALL SELECT 'consent PDFs', count(*) FROM consent_content
UNION ALL SELECT 'timeline events', count(*) FROM application_event
UNION ALL SELECT 'screening records', count(*) FROM screening_record
UNION ALL SELECT 'support cases', count(*) FROM support_case
UNION ALL SELECT 'support activities', count(*) FROM support_activity
UNION ALL SELECT 'survey copies (3 surveys)', count(*) FROM survey_recipient;
SELECT 'invalid corporate numbers' AS check, count(*) FROM application a
WHERE a.corporate_number IS NOT NULL AND substr(a.corporate_number, 1, 1)::int <> 9 - (SELECT sum(substr(a.corporate_number, 1 + p, 1)::int
      * CASE WHEN p % 2 = 0 THEN 1 ELSE 2 END) FROM generate_series(1, 12) p) % 9;
