<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Discount rate {rate} per year over {years} years (Initial not discounted)</source>
        <translation>折现率每年 {rate}，分析期 {years} 年（初始投入不折现）</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>when the payment milestones fall due</source>
        <translation>按付款节点到期时计入</translation>
    </message>
    <message>
        <source>at Initial</source>
        <translation>计入初始投入</translation>
    </message>
    <message>
        <source>Quote costs {basis}, one-time amounts {timing}, recurring amounts in the years of their term</source>
        <translation>报价成本按{basis}计，一次性费用{timing}，经常性费用计入其服务期各年</translation>
    </message>
    <message>
        <source>Quote costs are not included</source>
        <translation>不计入报价成本</translation>
    </message>
    <message>
        <source>Client costs risk uplift {risk}</source>
        <translation>客户侧成本风险上浮 {risk}</translation>
    </message>
    <message>
        <source>{name}: {inputs} per year; ramp-up {ramp}; risk adjustment {risk}</source>
        <translation>{name}：每年 {inputs}；爬坡 {ramp}；风险调整 {risk}</translation>
    </message>
    <message>
        <source>; range {low} – {high}</source>
        <translation>；区间 {low} – {high}</translation>
    </message>
    <message>
        <source> (source: {evidence})</source>
        <translation>（来源：{evidence}）</translation>
    </message>
    <message>
        <source>Client cost {name}: {values}; risk uplift {risk}</source>
        <translation>客户侧成本 {name}：{values}；风险上浮 {risk}</translation>
    </message>
    <message>
        <source>Scenario {name}: {factors}</source>
        <translation>情景 {name}：{factors}</translation>
    </message>
    <message>
        <source>as the base case</source>
        <translation>与基准情景相同</translation>
    </message>
</context>
<context>
    <name>BusinessCasePage</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>No quote lines yet: the products and services added in the configurator appear here as costs.</source>
        <translation>还没有报价行：在方案配置中添加的产品和服务会作为成本显示在这里。</translation>
    </message>
    <message>
        <source>No business case yet</source>
        <translation>尚无效益分析</translation>
    </message>
    <message>
        <source>No TCO options</source>
        <translation>尚无 TCO 对比方案</translation>
    </message>
    <message>
        <source>No driver ranges</source>
        <translation>价值驱动因素尚未设置区间</translation>
    </message>
    <message>
        <source>Value drivers</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Client costs</source>
        <translation>客户侧成本</translation>
    </message>
    <message>
        <source>Costs from the quote (read-only): double-click a line to open it in the configurator.</source>
        <translation>来自报价的成本（只读）：双击一行可在方案配置中打开该报价行。</translation>
    </message>
    <message>
        <source>Open in the configurator</source>
        <translation>在方案配置中打开</translation>
    </message>
    <message>
        <source>Quote costs</source>
        <translation>报价成本</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>分析期</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
</context>
<context>
    <name>CatalogCategoryModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogFilterBar</name>
    <message>
        <source>Any billing</source>
        <translation>全部计费方式</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>周期性</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>最高价</translation>
    </message>
    <message>
        <source>“{text}” is not a price: type a number such as 5000</source>
        <translation>“{text}”不是价格：请输入数字，例如 5000</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>CatalogSearchPanel</name>
    <message>
        <source>Search the library (name, SKU, 中文)…</source>
        <translation>搜索资料库（名称、物料编码、中文）…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>未打开资料库</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>另存为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ClausePickerDialog</name>
    <message>
        <source>Add clauses</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <source>Search clauses (title, text)…</source>
        <translation>搜索条款（标题、内容）…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>From the library</source>
        <translation>从资料库选取</translation>
    </message>
    <message>
        <source>Write a new clause</source>
        <translation>新写条款</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 条条款</numerusform>
        </translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>未打开资料库</translation>
    </message>
</context>
<context>
    <name>ClausesModel</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ClientCostsEditor</name>
    <message>
        <source>Add client cost</source>
        <translation>添加客户侧成本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No client-side costs yet: Add client cost (Insert) for staff time, training, data migration…</source>
        <translation>还没有客户侧成本：按“添加客户侧成本”（Insert）录入人员投入、培训、数据迁移等。</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>内部人员投入</translation>
    </message>
</context>
<context>
    <name>ClientCostsModel</name>
    <message>
        <source>Staff time</source>
        <translation>内部人员投入</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机损失</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Client cost</source>
        <translation>客户侧成本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amounts per period</source>
        <translation>各期金额</translation>
    </message>
    <message>
        <source>Amount per period (Initial, Year 1, …)</source>
        <translation>各期金额（初始投入、第1年、…）</translation>
    </message>
    <message>
        <source>Risk uplift</source>
        <translation>风险上浮</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Enter amounts separated by commas, e.g. 50000, 20000, 20000 (Initial, Year 1, Year 2): {value}</source>
        <translation>请输入以逗号分隔的金额，例如 50000, 20000, 20000（初始投入、第1年、第2年）：{value}</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <source>Change {field} of need {id}</source>
        <translation>修改需求 {id} 的{field}</translation>
    </message>
    <message>
        <source>Rename stakeholder {old} to {new}</source>
        <translation>将干系人“{old}”改名为“{new}”</translation>
    </message>
    <message>
        <source>Change {field} of stakeholder {name}</source>
        <translation>修改干系人“{name}”的{field}</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>修改“{name}”的{field}</translation>
    </message>
    <message>
        <source>Add need {id}</source>
        <translation>添加需求 {id}</translation>
    </message>
    <message>
        <source>Add stakeholder {name}</source>
        <translation>添加干系人“{name}”</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
    <message>
        <source>Delete need {id}</source>
        <translation>删除需求 {id}</translation>
    </message>
    <message>
        <source>Remove stakeholder {name}</source>
        <translation>删除干系人“{name}”</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Move need {id}</source>
        <translation>移动需求 {id}</translation>
    </message>
    <message>
        <source>Move stakeholder {name}</source>
        <translation>移动干系人“{name}”</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动“{name}”</translation>
    </message>
</context>
<context>
    <name>ComparisonOptionsModel</name>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Our solution</source>
        <translation>我方方案</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>维持现状</translation>
    </message>
    <message>
        <source>Our own solution: always compared, cannot be removed</source>
        <translation>我方方案：始终参与对比，不能删除</translation>
    </message>
    <message>
        <source>There is one own solution; the others are competitors or the status quo.</source>
        <translation>我方方案只有一个；其余方案为竞争对手或维持现状。</translation>
    </message>
    <message>
        <source>{option}: {kind}</source>
        <translation>{option}：{kind}</translation>
    </message>
    <message>
        <source>Rename option {option}</source>
        <translation>重命名方案“{option}”</translation>
    </message>
</context>
<context>
    <name>ComparisonScoresModel</name>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>No score yet (0-10)</source>
        <translation>尚未评分（0-10）</translation>
    </message>
    <message>
        <source>From the business case&apos;s TCO (lowest cost 10, highest 1)</source>
        <translation>按效益分析的 TCO 计算（成本最低 10 分，最高 1 分）</translation>
    </message>
    <message>
        <source>This criterion is scored from the TCO: choose “Typed” in the criteria table to type its scores.</source>
        <translation>该维度按 TCO 计算评分：如需手工评分，请在评价维度表中选择“手工评分”。</translation>
    </message>
    <message>
        <source>Enter a score before its evidence.</source>
        <translation>请先评分，再填写依据。</translation>
    </message>
    <message>
        <source>Evidence of {option} on {criterion}</source>
        <translation>“{option}”在“{criterion}”上的依据</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <source>A score is between 0 and 10.</source>
        <translation>评分必须在 0 到 10 之间。</translation>
    </message>
    <message>
        <source>Score {option} on {criterion}: {value}</source>
        <translation>为“{option}”的“{criterion}”评分：{value}</translation>
    </message>
</context>
<context>
    <name>CompetitionCriteriaEditor</name>
    <message>
        <source>Add criterion</source>
        <translation>添加维度</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除维度</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>Save these criteria in the library as a template</source>
        <translation>将这些评价维度作为模板保存到资料库</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>应用模板…</translation>
    </message>
    <message>
        <source>Replace the criteria with a template from the library (scores of matching criteria are kept)</source>
        <translation>用资料库中的模板替换评价维度（保留相同维度的评分）</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save the criteria as a template, or apply one from the library</source>
        <translation>将评价维度保存为模板，或应用资料库中的模板</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>模板未保存：{reason}</translation>
    </message>
    <message>
        <source>Save criteria as template</source>
        <translation>将评价维度另存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source> (bundled)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>Apply criteria template</source>
        <translation>应用评价维度模板</translation>
    </message>
    <message>
        <source>Replace the criteria with:</source>
        <translation>用以下模板替换评价维度：</translation>
    </message>
</context>
<context>
    <name>CompetitionOptionsEditor</name>
    <message>
        <source>Add competitor</source>
        <translation>添加竞争对手</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除方案</translation>
    </message>
</context>
<context>
    <name>CompetitionPage</name>
    <message>
        <source>Evidence or source of the selected score</source>
        <translation>所选评分的依据或来源</translation>
    </message>
    <message>
        <source>Name competitors in client documents</source>
        <translation>在客户文档中写明竞争对手名称</translation>
    </message>
    <message>
        <source>Unchecked, client-facing outputs show competitors as Vendor A, B, …</source>
        <translation>不勾选时，面向客户的输出以厂商A、B…代称竞争对手</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Show strengths, weaknesses and traps to avoid (never in presentation mode)</source>
        <translation>显示优势、劣势和需规避的陷阱（演示模式下从不显示）</translation>
    </message>
    <message>
        <source>Internal notes (never shown to the client)</source>
        <translation>内部备注（不会展示给客户）</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>评价维度与权重</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>对比方案</translation>
    </message>
    <message>
        <source>Scores (0–10), weighted totals and ranks</source>
        <translation>评分（0–10）、加权总分与排名</translation>
    </message>
    <message>
        <source>Name competitors</source>
        <translation>写明竞争对手名称</translation>
    </message>
    <message>
        <source>Show competitors as Vendor A/B</source>
        <translation>以厂商A/B代称竞争对手</translation>
    </message>
</context>
<context>
    <name>CompetitionRadarPanel</name>
    <message>
        <source>Score every option on every criterion to see the radar</source>
        <translation>为每个方案的每个维度评分后即可查看雷达图</translation>
    </message>
    <message>
        <source>Show on the radar</source>
        <translation>在雷达图中显示</translation>
    </message>
    <message>
        <source>Decision sensitivity</source>
        <translation>决策敏感性</translation>
    </message>
    <message>
        <source>No scored comparison yet: give every option a score on every criterion.</source>
        <translation>尚未完成评分对比：请为每个方案的每个维度评分。</translation>
    </message>
    <message>
        <source>Winner: {name}</source>
        <translation>领先方案：{name}</translation>
    </message>
    <message>
        <source>Where we lose, the score that would make us win:</source>
        <translation>我方落后之处，以及反超所需的评分：</translation>
    </message>
</context>
<context>
    <name>ConfiguratorContextMenu</name>
    <message>
        <source>Price waterfall…</source>
        <translation>价格瀑布…</translation>
    </message>
    <message>
        <source>Optional (not in the total)</source>
        <translation>可选项（不计入总价）</translation>
    </message>
    <message>
        <source>Alternative group…</source>
        <translation>备选组…</translation>
    </message>
    <message>
        <source>Move to section</source>
        <translation>移至分组</translation>
    </message>
    <message>
        <source>Update prices from the price book</source>
        <translation>按价格本更新价格</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>添加子分组</translation>
    </message>
    <message>
        <source>Custom component…</source>
        <translation>自定义组件…</translation>
    </message>
    <message>
        <source>Show to the client</source>
        <translation>向客户展示</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除分组</translation>
    </message>
</context>
<context>
    <name>ConfiguratorCustomLineDialog</name>
    <message>
        <source>Custom component</source>
        <translation>自定义组件</translation>
    </message>
    <message>
        <source>A line of its own, not from the price book: priced by effort (person-days x day rate) or at a fixed price.</source>
        <translation>不来自价格本的自定义行：按工作量（人天 × 人天单价）或固定价格计价。</translation>
    </message>
    <message>
        <source>Effort: person-days x day rate</source>
        <translation>工作量：人天 × 人天单价</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <source>e.g. implementation consultant</source>
        <translation>例如 实施顾问</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Priced by</source>
        <translation>计价方式(&amp;P)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Day rate ({currency}, {basis})</source>
        <translation>人天单价（{currency}，{basis}）</translation>
    </message>
    <message>
        <source>Price ({currency}, {basis})</source>
        <translation>价格（{currency}，{basis}）</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>加入报价</translation>
    </message>
    <message>
        <source>{field}: type a number</source>
        <translation>{field}：请输入数字</translation>
    </message>
    <message>
        <source>{field}: must be more than 0</source>
        <translation>{field}：必须大于 0</translation>
    </message>
    <message>
        <source>{field}: must be between 0 and 1,000,000,000</source>
        <translation>{field}：必须在 0 到 1,000,000,000 之间</translation>
    </message>
    <message>
        <source>Name: give the component a name</source>
        <translation>名称：请为组件命名</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>人天单价</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>项</translation>
    </message>
</context>
<context>
    <name>ConfiguratorLabels</name>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>定制</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>按数量</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>阶梯价</translation>
    </message>
    <message>
        <source>Block price</source>
        <translation>区间包价</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>按比例</translation>
    </message>
    <message>
        <source>Effort (days)</source>
        <translation>按人天</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Show lines</source>
        <translation>显示明细</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>仅显示小计</translation>
    </message>
    <message>
        <source>Hide prices</source>
        <translation>隐藏单价</translation>
    </message>
</context>
<context>
    <name>ConfiguratorLineDialogs</name>
    <message>
        <source>Alternative group</source>
        <translation>备选组</translation>
    </message>
    <message>
        <source>Group (empty: not an alternative); the client chooses one line of a group:</source>
        <translation>组名（留空：不作备选）；客户在同组中选其一：</translation>
    </message>
    <message>
        <source>The prices are still being computed: try again in a moment.</source>
        <translation>价格仍在计算中，请稍后再试。</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>议定价</translation>
    </message>
    <message>
        <source>Why is the price of “{name}” overridden?</source>
        <translation>为什么修改“{name}”的价格？</translation>
    </message>
    <message>
        <source>Override price</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <source>A price override needs a reason.</source>
        <translation>修改价格需要说明原因。</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>The deal is open read-only.</source>
        <translation>商机以只读方式打开。</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
</context>
<context>
    <name>ConfiguratorQuoteEditor</name>
    <message>
        <source>Add custom component {name}</source>
        <translation>添加自定义组件 {name}</translation>
    </message>
    <message>
        <source>Move {name} to {section}</source>
        <translation>将 {name} 移至“{section}”</translation>
    </message>
    <message>
        <source>Make {name} optional</source>
        <translation>将 {name} 设为可选项</translation>
    </message>
    <message>
        <source>Include {name} in the total</source>
        <translation>将 {name} 计入总价</translation>
    </message>
    <message>
        <source>Make {name} an alternative in {group}</source>
        <translation>将 {name} 设为“{group}”组的备选</translation>
    </message>
    <message>
        <source>{name} is no longer an alternative</source>
        <translation>{name} 不再作为备选</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>添加子分组</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新分组</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>Show “{section}”: {display}</source>
        <translation>“{section}”展示方式：{display}</translation>
    </message>
    <message>
        <source>Update prices from the price book</source>
        <translation>按价格本更新价格</translation>
    </message>
</context>
<context>
    <name>ConfiguratorToolbar</name>
    <message>
        <source>Add section</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>A new section at the end of the quote</source>
        <translation>在报价末尾添加一个新分组</translation>
    </message>
    <message>
        <source>Custom component…</source>
        <translation>自定义组件…</translation>
    </message>
    <message>
        <source>A line of your own: person-days x day rate, or a fixed price (Insert)</source>
        <translation>自定义行：人天 × 人天单价，或固定价格（Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected line or section (Delete)</source>
        <translation>删除选中的行或分组（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected line or section up (Ctrl+Up)</source>
        <translation>上移选中的行或分组（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected line or section down (Ctrl+Down)</source>
        <translation>下移选中的行或分组（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Show to the client:</source>
        <translation>向客户展示：</translation>
    </message>
    <message>
        <source>How the selected section appears in the proposal and exports</source>
        <translation>选中分组在方案和导出文件中的展示方式</translation>
    </message>
    <message>
        <source>(select a section)</source>
        <translation>（请选择分组）</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Show cost, margin and discount approvals (never in presentation mode)</source>
        <translation>显示成本、毛利和折扣审批（演示模式下从不显示）</translation>
    </message>
</context>
<context>
    <name>ConfiguratorUpdatePricesButton</name>
    <message numerus="yes">
        <source>Update prices (%n)</source>
        <translation>
            <numerusform>更新价格（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Update prices</source>
        <translation>更新价格</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the current price book: set them to the book&apos;s prices (one undo step)</source>
        <translation>
            <numerusform>%n 行与当前价格本不一致：按价格本更新（可一步撤销）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line has the price book&apos;s current price</source>
        <translation>所有行均为价格本当前价格</translation>
    </message>
</context>
<context>
    <name>ConfiguratorWaterfallDialog</name>
    <message>
        <source>Price waterfall: {name}</source>
        <translation>价格瀑布：{name}</translation>
    </message>
    <message>
        <source>{quantity} x {unit} (list unit price)</source>
        <translation>{quantity} × {unit}（目录单价）</translation>
    </message>
    <message>
        <source>Negotiated unit price: {price}</source>
        <translation>议定单价：{price}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Line amount: {excl} excl. VAT + VAT {vat} = {incl} incl. VAT</source>
        <translation>行金额：不含税 {excl} + 税额 {vat} = 含税 {incl}</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>评价维度</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分来源</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>手工评分</translation>
    </message>
    <message>
        <source>From TCO</source>
        <translation>按 TCO 计算</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <source>Weight of {criterion}: {value}</source>
        <translation>“{criterion}”的权重：{value}</translation>
    </message>
    <message>
        <source>Score {criterion} from the TCO</source>
        <translation>“{criterion}”按 TCO 计算评分</translation>
    </message>
    <message>
        <source>Type the scores of {criterion}</source>
        <translation>“{criterion}”改为手工评分</translation>
    </message>
    <message>
        <source>Rename criterion {criterion}</source>
        <translation>重命名评价维度“{criterion}”</translation>
    </message>
    <message>
        <source>The scores typed in the matrix count.</source>
        <translation>以评分表中手工输入的分数为准。</translation>
    </message>
    <message>
        <source>Scored from the business case&apos;s TCO totals: the lowest cost scores 10, the highest 1.</source>
        <translation>按效益分析中的 TCO 总额计算：成本最低得 10 分，最高得 1 分。</translation>
    </message>
    <message>
        <source>The TCO of the business case does not cover every option yet: the typed scores count until it does.</source>
        <translation>效益分析的 TCO 尚未覆盖所有方案：在此之前以手工评分为准。</translation>
    </message>
</context>
<context>
    <name>CriterionAnchorsPanel</name>
    <message>
        <source>What the scores mean</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>What a 1 means (poor)</source>
        <translation>1 分的含义（差）</translation>
    </message>
    <message>
        <source>What a 5 means (acceptable)</source>
        <translation>5 分的含义（可接受）</translation>
    </message>
    <message>
        <source>What a 10 means (best)</source>
        <translation>10 分的含义（最佳）</translation>
    </message>
</context>
<context>
    <name>DealDiffDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>No key figure moved.</source>
        <translation>关键指标没有变化。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Key figures that moved</source>
        <translation>发生变化的关键指标</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>{count} differences: {added} added, {removed} removed, {changed} changed</source>
        <translation>共 {count} 处差异：新增 {added}，删除 {removed}，修改 {changed}</translation>
    </message>
</context>
<context>
    <name>DealDiffModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>报价行</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Payment milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评价维度</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <source>Deal &amp;title</source>
        <translation>项目名称(&amp;T)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>&amp;Quote number</source>
        <translation>报价单号(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <source>Validity (&amp;days)</source>
        <translation>有效天数(&amp;D)</translation>
    </message>
    <message>
        <source>Language and money</source>
        <translation>语言与货币</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>文档语言(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>Ta&amp;x mode</source>
        <translation>计税方式(&amp;X)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>Client lo&amp;go</source>
        <translation>客户标志(&amp;G)</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>我方公司</translation>
    </message>
    <message>
        <source>&amp;Our company</source>
        <translation>我方公司(&amp;O)</translation>
    </message>
    <message>
        <source>Our &amp;logo</source>
        <translation>我方标志(&amp;L)</translation>
    </message>
    <message>
        <source>Presales engineer</source>
        <translation>售前工程师</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>职务(&amp;E)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Set a validity date</source>
        <translation>设置报价有效期</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. CNY, USD or EUR.</source>
        <translation>ISO 4217 币种代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <source>How many days the quote stays valid.</source>
        <translation>报价的有效天数。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>No phases yet</source>
        <translation>尚无阶段</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>添加付款节点</translation>
    </message>
    <message>
        <source>Subscription (12 months)</source>
        <translation>订阅（12 个月）</translation>
    </message>
    <message>
        <source>Terms and clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payment milestones</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Apply payment template {name}</source>
        <translation>套用付款模板“{name}”</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Sum {total}: the milestones must add up to 100%.</source>
        <translation>合计 {total}：付款节点合计必须为 100%。</translation>
    </message>
    <message>
        <source>No payment plan yet: pick a template or add milestones.</source>
        <translation>尚无付款方式：请选择模板或添加付款节点。</translation>
    </message>
    <message>
        <source>Sum {total} ✓</source>
        <translation>合计 {total} ✓</translation>
    </message>
</context>
<context>
    <name>DocumentLifecycle</name>
    <message>
        <source>Cannot create the deal</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Deals (*.deal *.json)</source>
        <translation>项目文件 (*.deal *.json)</translation>
    </message>
    <message>
        <source>Cannot open the deal</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Cannot save the deal</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Save deal as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Deal files (*.deal)</source>
        <translation>项目文件 (*.deal)</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or by another Presales Studio; choose another name.</source>
        <translation>“{name}”已在另一个窗口或另一个 Presales Studio 中打开，请换一个文件名。</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>恢复到已保存版本</translation>
    </message>
    <message>
        <source>Discard every change since “{name}” was saved?</source>
        <translation>放弃“{name}”上次保存后的全部修改吗？</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Cannot recover the deal</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
</context>
<context>
    <name>DocumentPageHost</name>
    <message>
        <source>Open or create a deal to work on this page.</source>
        <translation>打开或新建一个项目后即可在此页工作。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exporting documents…</source>
        <translation>正在导出文档…</translation>
    </message>
    <message>
        <source>Exported {count} documents</source>
        <translation>已导出 {count} 个文档</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Written:
{files}</source>
        <translation>已写入：
{files}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>This exporter is not part of this version yet ({detail}).</source>
        <translation>此版本尚未包含该导出功能（{detail}）。</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export documents</source>
        <translation>导出文档</translation>
    </message>
    <message>
        <source>Word proposal (.docx)</source>
        <translation>Word 方案建议书 (.docx)</translation>
    </message>
    <message>
        <source>Excel model (.xlsx)</source>
        <translation>Excel 测算模型 (.xlsx)</translation>
    </message>
    <message>
        <source>PDF proposal (.pdf)</source>
        <translation>PDF 方案建议书 (.pdf)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Full proposal</source>
        <translation>完整方案</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>管理层摘要</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Deal language ({language})</source>
        <translation>项目语言（{language}）</translation>
    </message>
    <message>
        <source>Add the Internal sheet to the Excel model</source>
        <translation>在 Excel 模型中加入“内部”工作表</translation>
    </message>
    <message>
        <source>Unit costs, margins and approvals: never send this file to the client.</source>
        <translation>含单位成本、毛利和审批信息：切勿将此文件发给客户。</translation>
    </message>
    <message>
        <source>The Excel file will contain internal data.</source>
        <translation>Excel 文件将包含内部数据。</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>文件名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>读者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Word template</source>
        <translation>Word 模板(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>Word templates (*.docx)</source>
        <translation>Word 模板 (*.docx)</translation>
    </message>
    <message>
        <source>Choose at least one document.</source>
        <translation>请至少选择一种文档。</translation>
    </message>
    <message>
        <source>Replace the existing files {files}?</source>
        <translation>替换已有文件 {files} 吗？</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>deal title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>client industry</source>
        <translation>客户行业</translation>
    </message>
    <message>
        <source>client address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <source>client logo</source>
        <translation>客户标志</translation>
    </message>
    <message>
        <source>our company name</source>
        <translation>我方公司名称</translation>
    </message>
    <message>
        <source>our company logo</source>
        <translation>我方公司标志</translation>
    </message>
    <message>
        <source>our company address</source>
        <translation>我方公司地址</translation>
    </message>
    <message>
        <source>client signatory</source>
        <translation>客户签字人</translation>
    </message>
    <message>
        <source>client tax ID</source>
        <translation>客户税号</translation>
    </message>
    <message>
        <source>client bank account</source>
        <translation>客户开户行及账号</translation>
    </message>
    <message>
        <source>our signatory</source>
        <translation>我方签字人</translation>
    </message>
    <message>
        <source>our tax ID</source>
        <translation>我方税号</translation>
    </message>
    <message>
        <source>our bank account</source>
        <translation>我方开户行及账号</translation>
    </message>
    <message>
        <source>engineer name</source>
        <translation>售前工程师姓名</translation>
    </message>
    <message>
        <source>engineer title</source>
        <translation>售前工程师职务</translation>
    </message>
    <message>
        <source>engineer e-mail</source>
        <translation>售前工程师邮箱</translation>
    </message>
    <message>
        <source>engineer phone</source>
        <translation>售前工程师电话</translation>
    </message>
    <message>
        <source>document language</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>tax mode</source>
        <translation>计税方式</translation>
    </message>
    <message>
        <source>quote number</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <source>validity date</source>
        <translation>报价有效期</translation>
    </message>
    <message>
        <source>quote validity</source>
        <translation>报价有效天数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>能力标签</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>替代方案</translation>
    </message>
    <message>
        <source>covering quote lines</source>
        <translation>覆盖该需求的报价行</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>function</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税税率</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>评价维度</translation>
    </message>
    <message>
        <source>criterion weight</source>
        <translation>维度权重</translation>
    </message>
    <message>
        <source>score meanings</source>
        <translation>评分含义</translation>
    </message>
    <message>
        <source>score source</source>
        <translation>评分来源</translation>
    </message>
    <message>
        <source>option name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>option kind</source>
        <translation>方案类型</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>traps to avoid</source>
        <translation>需避开的陷阱</translation>
    </message>
    <message>
        <source>competitor names in documents</source>
        <translation>文档中显示竞争对手名称</translation>
    </message>
    <message>
        <source>TCO costs of options</source>
        <translation>各方案的 TCO 成本</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze revision</source>
        <translation>冻结版本</translation>
    </message>
    <message>
        <source>A frozen revision never changes; you keep working on the draft.</source>
        <translation>冻结的版本不再改变，您可以继续编辑草稿。</translation>
    </message>
    <message>
        <source>This is the version sent to the client</source>
        <translation>这是发给客户的版本</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
</context>
<context>
    <name>InternalPanel</name>
    <message>
        <source>Internal: cost and margin (never shown to the client)</source>
        <translation>内部：成本与毛利（不会展示给客户）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Net revenue (excl. VAT)</source>
        <translation>净收入（不含税）</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Effective discount</source>
        <translation>实际折扣</translation>
    </message>
    <message>
        <source>Approval above</source>
        <translation>超过此折扣需审批</translation>
    </message>
</context>
<context>
    <name>KeyFiguresStrip</name>
    <message>
        <source>Show the problems panel (errors / warnings)</source>
        <translation>显示问题面板（错误 / 警告）</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>合计（含税）</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>合计（不含税）</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>年度经常性费用</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率 ROI</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值 NPV</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>P0 coverage</source>
        <translation>P0 需求覆盖</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>P0 — must have</source>
        <translation>P0 — 必须满足</translation>
    </message>
    <message>
        <source>P1 — important</source>
        <translation>P1 — 重要</translation>
    </message>
    <message>
        <source>P2 — nice to have</source>
        <translation>P2 — 锦上添花</translation>
    </message>
    <message>
        <source>P3 — later</source>
        <translation>P3 — 潜在需求</translation>
    </message>
    <message>
        <source>User department</source>
        <translation>业务部门</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>高层</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Quantified</source>
        <translation>已量化</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签认</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Prices include VAT (含税)</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>Prices exclude VAT (不含税)</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Configurator</source>
        <translation>方案配置</translation>
    </message>
    <message>
        <source>Delivery &amp; terms</source>
        <translation>交付与条款</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>效益分析</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞品对比</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案建议书</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>LibraryChangesDialog</name>
    <message>
        <source>All changes ({count})</source>
        <translation>全部变更（{count}）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>价格册</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>LibraryManagerDialog</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>成效指标</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>价格册</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>客户案例</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Export references…</source>
        <translation>导出参考资料…</translation>
    </message>
    <message>
        <source>Competitors, case studies, clauses and rules as one file for colleagues</source>
        <translation>将竞争对手、客户案例、条款和规则导出为一个文件，供同事使用</translation>
    </message>
    <message>
        <source>Import references…</source>
        <translation>导入参考资料…</translation>
    </message>
    <message>
        <source>Add or update competitors, case studies, clauses and rules from a colleague&apos;s file, after a preview</source>
        <translation>预览后，从同事的文件中添加或更新竞争对手、案例、条款和规则</translation>
    </message>
    <message>
        <source>Library file: {path}</source>
        <translation>资料库文件：{path}</translation>
    </message>
    <message>
        <source>Wait until the running import or export ends.</source>
        <translation>请等待正在进行的导入或导出结束。</translation>
    </message>
    <message>
        <source>Export references</source>
        <translation>导出参考资料</translation>
    </message>
    <message>
        <source>Library references (*.json)</source>
        <translation>资料库参考资料 (*.json)</translation>
    </message>
    <message>
        <source>Exported to {file}: {competitors} competitors, {case_studies} case studies, {clauses} clauses, {rules} rules</source>
        <translation>已导出到 {file}：{competitors} 个竞争对手、{case_studies} 个客户案例、{clauses} 条条款、{rules} 条规则</translation>
    </message>
    <message>
        <source>Exporting references…</source>
        <translation>正在导出参考资料…</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>导入参考资料</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>客户案例</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>No price book</source>
        <translation>无价格册</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {added} added, {changed} changed, {unchanged} unchanged. Records with the same key are replaced; nothing is deleted.</source>
        <translation>{file}：新增 {added}，修改 {changed}，未变 {unchanged}。标识相同的记录将被替换；不会删除任何记录。</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {changed} changed</source>
        <translation>已导入 {file}：新增 {added}，修改 {changed}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
</context>
<context>
    <name>LibraryPriceBooksTab</name>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Delete products the file no longer lists</source>
        <translation>删除文件中已不再列出的产品</translation>
    </message>
    <message>
        <source>Off: products missing from the file are kept and listed. On: they are deleted from that price book.</source>
        <translation>不勾选：文件中缺少的产品予以保留并列出。勾选：将其从该价格册中删除。</translation>
    </message>
    <message>
        <source>Import price book…</source>
        <translation>导入价格册…</translation>
    </message>
    <message>
        <source>Export price book…</source>
        <translation>导出价格册…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Import price book</source>
        <translation>导入价格册</translation>
    </message>
    <message>
        <source>Price books (*.xlsx *.csv);;All files (*)</source>
        <translation>价格册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>{file}: refused, nothing imported</source>
        <translation>{file}：被拒绝，未导入任何内容</translation>
    </message>
    <message>
        <source>{books}: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged</source>
        <translation>{books}：新增 {added}，修改 {changed}，删除 {removed}，未变 {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) replace the book&apos;s rules</source>
        <translation>
            <numerusform>%n 条规则将替换该价格册的规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) of this price book are not in the file and are kept (tick &quot;Delete products the file no longer lists&quot; to delete them).</source>
        <translation>
            <numerusform>该价格册中有 %n 个产品不在文件中，将予以保留（勾选“删除文件中已不再列出的产品”可将其删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {changed} changed</source>
        <translation>已导入 {file}：新增 {added}，修改 {changed}</translation>
    </message>
    <message>
        <source>Export price book</source>
        <translation>导出价格册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to {file}</source>
        <translation>
            <numerusform>已将 %n 个产品导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save price-book template</source>
        <translation>保存价格册模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to {file}</source>
        <translation>模板已保存到 {file}</translation>
    </message>
</context>
<context>
    <name>LibraryPricingEditor</name>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>All units at the tier reached</source>
        <translation>全量按所在档</translation>
    </message>
    <message>
        <source>Each unit at its own tier</source>
        <translation>分段累进</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>software, or SKUs, comma separated</source>
        <translation>software 或 SKU，逗号分隔</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>阶梯方式</translation>
    </message>
    <message>
        <source>Tiers (from quantity:price)</source>
        <translation>阶梯（起始数量:单价）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Percent of</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>期限（年）</translation>
    </message>
    <message>
        <source>First billed year</source>
        <translation>起始收费年</translation>
    </message>
    <message>
        <source>Annual uplift</source>
        <translation>年涨幅</translation>
    </message>
    <message>
        <source>Tiers: from-quantity:price pairs separated by &quot;;&quot;, quantities increasing, e.g. 1:3000;100:2600.</source>
        <translation>阶梯：“起始数量:单价”，用分号分隔，数量递增，例如 1:3000;100:2600。</translation>
    </message>
    <message>
        <source>Percent: a share between 0 and 10, e.g. 18% or 0.18.</source>
        <translation>百分比：0 到 10 之间的比例，例如 18% 或 0.18。</translation>
    </message>
    <message>
        <source>Term (years): a whole number from 1 to 30.</source>
        <translation>期限（年）：1 到 30 的整数。</translation>
    </message>
    <message>
        <source>First billed year: a whole number from 1 to 30.</source>
        <translation>起始收费年：1 到 30 的整数。</translation>
    </message>
    <message>
        <source>Annual uplift: a share between 0 and 1, e.g. 3% or 0.03.</source>
        <translation>年涨幅：0 到 1 之间的比例，例如 3% 或 0.03。</translation>
    </message>
</context>
<context>
    <name>LibraryProductForm</name>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Our cost: internal, never shown to the client</source>
        <translation>我方成本：仅供内部，绝不向客户展示</translation>
    </message>
    <message>
        <source>0.13 or 13%</source>
        <translation>0.13 或 13%</translation>
    </message>
    <message>
        <source>comma separated, e.g. scheduling, oee</source>
        <translation>用逗号分隔，如 scheduling, oee</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>中文描述</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>英文描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Unit cost (internal)</source>
        <translation>单位成本（内部）</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>SKU: required, at most 64 characters.</source>
        <translation>物料编码：必填，最多 64 个字符。</translation>
    </message>
    <message>
        <source>Currency: a 3-letter code such as CNY or USD.</source>
        <translation>币种：3 位字母代码，如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>Name: fill in the Chinese or the English name.</source>
        <translation>名称：请填写中文或英文名称。</translation>
    </message>
    <message>
        <source>Name: at most {n} characters.</source>
        <translation>名称：最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Description: at most {n} characters.</source>
        <translation>描述：最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>List price: a number &gt;= 0, e.g. 1200 or 1,200.50.</source>
        <translation>目录价：大于等于 0 的数字，如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>Unit cost: a number &gt;= 0, or blank when unknown.</source>
        <translation>单位成本：大于等于 0 的数字，未知时留空。</translation>
    </message>
    <message>
        <source>VAT rate: between 0 and 0.5, e.g. 0.13 or 13%.</source>
        <translation>增值税率：0 到 0.5 之间，如 0.13 或 13%。</translation>
    </message>
</context>
<context>
    <name>LibraryProductsModel</name>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Unit cost (internal)</source>
        <translation>单位成本（内部）</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Our cost: internal, never shown to the client</source>
        <translation>我方成本：仅供内部，绝不向客户展示</translation>
    </message>
    <message>
        <source>{model} · every year</source>
        <translation>{model} · 每年</translation>
    </message>
    <message>
        <source>{model} · every month</source>
        <translation>{model} · 每月</translation>
    </message>
</context>
<context>
    <name>LibraryProductsTab</name>
    <message>
        <source>Search SKU, name, description…</source>
        <translation>搜索物料编码、名称、描述…</translation>
    </message>
    <message>
        <source>Price book:</source>
        <translation>价格册：</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}+ matches</source>
        <translation>{n}+ 条匹配</translation>
    </message>
    <message>
        <source>Select a product first.</source>
        <translation>请先选择一个产品。</translation>
    </message>
    <message>
        <source>{sku} is already in the {currency} price book: edit it instead.</source>
        <translation>{sku} 已在 {currency} 价格册中：请改为编辑它。</translation>
    </message>
    <message>
        <source>Saved {sku}.</source>
        <translation>已保存 {sku}。</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <source>Delete {sku} ({name}) from the {currency} price book? Deals already quoting it keep their lines.</source>
        <translation>从 {currency} 价格册中删除 {sku}（{name}）？已报价的项目保留其报价行。</translation>
    </message>
    <message>
        <source>Deleted {sku}.</source>
        <translation>已删除 {sku}。</translation>
    </message>
</context>
<context>
    <name>LibraryReferenceForm</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Strengths (one per line)</source>
        <translation>优势（每行一项）</translation>
    </message>
    <message>
        <source>Weaknesses (one per line)</source>
        <translation>劣势（每行一项）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Metrics (one per line)</source>
        <translation>成效指标（每行一项）</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>案例正文</translation>
    </message>
    <message>
        <source>Capabilities (one per line)</source>
        <translation>能力（每行一项）</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>条款正文</translation>
    </message>
    <message>
        <source>Tags (one per line)</source>
        <translation>标签（每行一项）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>{field}: at most {n} lines of at most 200 characters.</source>
        <translation>{field}：最多 {n} 行，每行最多 200 个字符。</translation>
    </message>
    <message>
        <source>{field}: at most {n} characters.</source>
        <translation>{field}：最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>{field}: required.</source>
        <translation>{field}：必填。</translation>
    </message>
    <message>
        <source>Key: {key} is already used; choose another or edit that one.</source>
        <translation>标识：{key} 已被使用；请换一个，或编辑已有的那一条。</translation>
    </message>
</context>
<context>
    <name>LibraryReferencesTab</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>Saved {key}.</source>
        <translation>已保存 {key}。</translation>
    </message>
    <message>
        <source>Delete {key} from the library?</source>
        <translation>从资料库中删除 {key}？</translation>
    </message>
    <message>
        <source>Deleted {key}.</source>
        <translation>已删除 {key}。</translation>
    </message>
</context>
<context>
    <name>LibraryRowErrorsDialog</name>
    <message>
        <source>Price book refused</source>
        <translation>价格册被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>{file} was not imported: %n problem(s) to fix. Nothing was written to the library; correct the file and import it again.</source>
        <translation>
            <numerusform>{file} 未导入：有 %n 个问题需要修改。资料库未写入任何内容；请修正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>修改方法</translation>
    </message>
</context>
<context>
    <name>LibraryRuleForm</name>
    <message>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>e.g. R-APS (blank: numbered automatically)</source>
        <translation>如 R-APS（留空则自动编号）</translation>
    </message>
    <message>
        <source>the SKU the rule is about</source>
        <translation>规则所针对的物料编码</translation>
    </message>
    <message>
        <source>the SKU it needs, excludes or adds</source>
        <translation>所依赖、互斥或自动添加的物料编码</translation>
    </message>
    <message>
        <source>alternatives: SKUs separated by commas</source>
        <translation>替代：用逗号分隔的物料编码</translation>
    </message>
    <message>
        <source>a number, or &apos;same&apos;</source>
        <translation>数字，或 same（与触发项相同）</translation>
    </message>
    <message>
        <source>ratio: one target per this many</source>
        <translation>比例：每多少个配一个目标</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Target SKU</source>
        <translation>目标物料编码</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>物料编码列表</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>LibraryRulesTab</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Price book:</source>
        <translation>价格册：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No price book (all deals)</source>
        <translation>无价格册（适用所有项目）</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule {id} ({kind} {sku})?</source>
        <translation>删除规则 {id}（{kind} {sku}）？</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>规则已删除。</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <source>Unexpected problem ({kind}: {text}); nothing was changed.</source>
        <translation>意外问题（{kind}：{text}）；未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ListEditBar</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The image {name} is not in this file.</source>
        <translation>此文件中没有图片 {name}。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is too large for a logo (at most 2 MB).</source>
        <translation>{file} 太大，不能用作标志（最大 2 MB）。</translation>
    </message>
    <message>
        <source>{file} is not an image this app can read.</source>
        <translation>{file} 不是本软件能读取的图片。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>恢复到已保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>版本(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Freeze Revision…</source>
        <translation>冻结版本(&amp;F)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>比较版本(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>Start &amp;Presentation</source>
        <translation>开始演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Presales Studio</source>
        <translation>关于 Presales Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation>转到页面(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Here you will build the quote from the price book: sections and line items, quantities, tiered, block and recurring prices, discounts, and the configuration rules that add, require or exclude items.</source>
        <translation>在这里根据价格库配置报价：分组与报价行、数量、阶梯价、打包价与经常性费用、折扣，以及自动添加、依赖或互斥的配置规则。</translation>
    </message>
    <message>
        <source>Here you will plan delivery and terms: project phases and milestones, effort, the payment schedule, warranty, service levels and contract terms.</source>
        <translation>在这里规划交付与条款：项目阶段与里程碑、工作量、付款计划、质保期、服务水平和合同条款。</translation>
    </message>
    <message>
        <source>Here you will build the client&apos;s business case: costs and benefits per period, ROI, NPV, IRR and payback, total cost of ownership, scenarios and sensitivity.</source>
        <translation>在这里为客户做效益分析：各期成本与收益、投资回报率、净现值、内部收益率和投资回收期、总体拥有成本、情景与敏感性分析。</translation>
    </message>
    <message>
        <source>Here you will compare the offer with the alternatives: weighted criteria, a score per option, total cost of ownership over time and our differentiators.</source>
        <translation>在这里将方案与其他选择对比：加权评价维度、各方案得分、总体拥有成本随时间的变化，以及我方的差异化优势。</translation>
    </message>
    <message>
        <source>Here you will export client-ready documents: the Word proposal, the Excel quote with live formulas, and PDF, in Chinese or English.</source>
        <translation>在这里导出可直接交给客户的文档：Word 方案建议书、带实时公式的 Excel 报价，以及 PDF，中英文均可。</translation>
    </message>
    <message>
        <source>Here you will present the deal in a client meeting: key figures and charts on a clean screen, with internal data (margins, approvals, negotiation) hidden.</source>
        <translation>在这里于客户会议上演示项目：以简洁的全屏展示关键指标和图表，隐藏内部数据（毛利、审批、谈判策略）。</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>About Presales Studio</source>
        <translation>关于 Presales Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Presales Studio {version}&lt;/h3&gt;&lt;p&gt;Configure, price, build the business case, compare and export client-ready proposals, offline.&lt;/p&gt;&lt;p&gt;Chinese text uses Noto Sans SC, a subset of Noto Sans CJK by Adobe and Google, licensed under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Presales Studio {version}&lt;/h3&gt;&lt;p&gt;离线完成方案配置、报价、效益分析、竞品对比，并导出可直接交给客户的方案建议书。&lt;/p&gt;&lt;p&gt;中文使用 Noto Sans SC 字体，它是 Adobe 与 Google 的 Noto Sans CJK 的子集，依据 SIL 开源字体许可证 1.1 授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Contract signed</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Initial acceptance</source>
        <translation>初验</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终验</translation>
    </message>
    <message>
        <source>End of warranty</source>
        <translation>质保期满</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>之后天数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>金额（含税）</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
</context>
<context>
    <name>MonteCarloPanel</name>
    <message>
        <source>Run a Monte Carlo simulation</source>
        <translation>运行蒙特卡洛模拟</translation>
    </message>
    <message>
        <source>Run Monte Carlo</source>
        <translation>运行蒙特卡洛</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>NPV P10 {p10} · P50 {p50} · P90 {p90} · P(NPV &gt; 0) {share} ({n} trials)</source>
        <translation>净现值 P10 {p10} · P50 {p50} · P90 {p90} · P(NPV &gt; 0) {share}（{n} 次试验）</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力标签</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>覆盖模块</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>partly: {modules}</source>
        <translation>部分覆盖：{modules}</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Missing capabilities: {tags}</source>
        <translation>缺少的能力：{tags}</translation>
    </message>
    <message>
        <source>Assign need {id} to {name}</source>
        <translation>将需求 {id} 归属于“{name}”</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Add need</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show {priority} needs</source>
        <translation>显示 {priority} 需求</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>No needs recorded yet.</source>
        <translation>尚未记录需求。</translation>
    </message>
    <message>
        <source>{count} needs: {p0} P0, {p1} P1, {p2} P2, {p3} P3</source>
        <translation>共 {count} 条需求：P0 {p0} 条，P1 {p1} 条，P2 {p2} 条，P3 {p3} 条</translation>
    </message>
    <message>
        <source> · {shown} shown</source>
        <translation> · 显示 {shown} 条</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新需求</translation>
    </message>
</context>
<context>
    <name>NewClauseForm</name>
    <message>
        <source>e.g. Late payment</source>
        <translation>例如：逾期付款</translation>
    </message>
    <message>
        <source>The clause as it should read in the proposal…</source>
        <translation>条款在建议书中的完整措辞…</translation>
    </message>
    <message>
        <source>Also save to the library for other deals</source>
        <translation>同时保存到资料库，供其他项目使用</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>&amp;Blank deal, with the company profile</source>
        <translation>空白项目，使用公司资料(&amp;B)</translation>
    </message>
    <message>
        <source>From a &amp;sample deal</source>
        <translation>基于示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>From a company &amp;template</source>
        <translation>基于公司模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>文档语言(&amp;L)</translation>
    </message>
    <message>
        <source>Other template file…</source>
        <translation>其他模板文件…</translation>
    </message>
    <message>
        <source>Company template</source>
        <translation>公司模板</translation>
    </message>
    <message>
        <source>Deals (*.deal *.json)</source>
        <translation>项目文件 (*.deal *.json)</translation>
    </message>
</context>
<context>
    <name>OptionNotesModel</name>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Traps to avoid</source>
        <translation>需规避的陷阱</translation>
    </message>
    <message>
        <source>Strengths of {option}</source>
        <translation>“{option}”的优势</translation>
    </message>
    <message>
        <source>Weaknesses of {option}</source>
        <translation>“{option}”的劣势</translation>
    </message>
    <message>
        <source>Traps to avoid with {option}</source>
        <translation>针对“{option}”需规避的陷阱</translation>
    </message>
</context>
<context>
    <name>PaymentPlanEditor</name>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>之后天数</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>No payment steps yet: Add step.</source>
        <translation>还没有付款节点：按“添加节点”。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Initial acceptance</source>
        <translation>初验</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终验</translation>
    </message>
    <message>
        <source>End of warranty</source>
        <translation>质保期满</translation>
    </message>
    <message>
        <source>A share is not a number</source>
        <translation>有比例不是数字</translation>
    </message>
</context>
<context>
    <name>PhaseMilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Weeks after start</source>
        <translation>开始后周数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value the client sees</source>
        <translation>客户可见的价值</translation>
    </message>
    <message>
        <source>Not a whole number of weeks: {value}</source>
        <translation>不是整数周：{value}</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>No phases yet: Add phase (Insert) to plan the delivery.</source>
        <translation>还没有阶段：按“添加阶段”（Insert）规划交付。</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <source>No milestones in this phase yet: Add milestone (Insert).</source>
        <translation>该阶段还没有里程碑：按“添加里程碑”（Insert）。</translation>
    </message>
    <message>
        <source>Phase {n}</source>
        <translation>第 {n} 阶段</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestones of {phase}</source>
        <translation>{phase} 的里程碑</translation>
    </message>
    <message>
        <source>Select a phase to edit its milestones</source>
        <translation>选择一个阶段以编辑其里程碑</translation>
    </message>
</context>
<context>
    <name>PhasesModel</name>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Not valid here: {value}</source>
        <translation>此处无效：{value}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often unsaved work is copied for crash recovery (10 to 3600 seconds).</source>
        <translation>多久自动备份一次未保存的内容，用于崩溃后恢复（10 至 3600 秒）。</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Autosave every</source>
        <translation>自动备份间隔(&amp;A)</translation>
    </message>
    <message>
        <source>Discount rate of the business case (NPV), per year.</source>
        <translation>效益分析（净现值）使用的年折现率。</translation>
    </message>
    <message>
        <source>VAT rates offered for quote lines, in percent, e.g. 13, 9, 6.</source>
        <translation>报价行可选的增值税税率（百分比），例如 13, 9, 6。</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>公司名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>Default &amp;currency</source>
        <translation>默认币种(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discount rate</source>
        <translation>折现率(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;VAT rates (%)</source>
        <translation>增值税税率（%）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Payment plan</source>
        <translation>付款方式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Template folder</source>
        <translation>模板文件夹(&amp;T)</translation>
    </message>
    <message>
        <source>Library &amp;location</source>
        <translation>资料库位置(&amp;L)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司资料</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>VAT rates: enter percentages from 0 to 50, separated by commas, e.g. 13, 9, 6.</source>
        <translation>增值税税率：请输入 0 到 50 之间的百分比，用逗号分隔，例如 13, 9, 6。</translation>
    </message>
    <message>
        <source>Payment plan: every step needs a label, and the shares must add up to 100%.</source>
        <translation>付款方式：每个节点都需要名称，且比例合计必须为 100%。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, USD or EUR.</source>
        <translation>请使用三位字母的币种代码，例如 CNY、USD 或 EUR。</translation>
    </message>
</context>
<context>
    <name>PresentationPage</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The slides the client sees in the meeting (nothing internal). In the presentation: arrows move, L switches the palette, P opens the presenter view with notes, Esc leaves.</source>
        <translation>会议中客户看到的幻灯片（不含任何内部信息）。演示时：方向键翻页，L 切换配色，P 打开带备注的演讲者视图，Esc 退出。</translation>
    </message>
    <message>
        <source>Start presentation (F5)</source>
        <translation>开始演示（F5）</translation>
    </message>
    <message>
        <source>Dark slides (projector)</source>
        <translation>深色幻灯片（投影仪）</translation>
    </message>
    <message>
        <source>Light slides (bright room)</source>
        <translation>浅色幻灯片（明亮会议室）</translation>
    </message>
    <message>
        <source>Save slide images…</source>
        <translation>保存幻灯片图片…</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Open a deal to preview its slides.</source>
        <translation>打开一个项目即可预览其幻灯片。</translation>
    </message>
    <message>
        <source>No figures yet: nothing to save.</source>
        <translation>尚无计算结果：没有可保存的内容。</translation>
    </message>
    <message>
        <source>Could not save the slide images: {error}</source>
        <translation>无法保存幻灯片图片：{error}</translation>
    </message>
    <message>
        <source>Saved {count} slide images in {folder}</source>
        <translation>已将 {count} 张幻灯片图片保存到 {folder}</translation>
    </message>
    <message>
        <source>Save slide images in</source>
        <translation>幻灯片图片保存位置</translation>
    </message>
    <message>
        <source>{current} / {count} · {title}</source>
        <translation>{current} / {count} · {title}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Light slides (L)</source>
        <translation>浅色幻灯片（L）</translation>
    </message>
    <message>
        <source>Dark slides (L)</source>
        <translation>深色幻灯片（L）</translation>
    </message>
    <message>
        <source>{current} / {count} · Esc to leave</source>
        <translation>{current} / {count} · 按 Esc 退出</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>Slide {current} of {count}</source>
        <translation>第 {current} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>No notes for this slide</source>
        <translation>本页没有演讲备注</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>下一页：{title}</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>已用时间 {time}</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the problem</source>
        <translation>双击或按回车键转到问题所在位置</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings</source>
        <translation>{errors} 个错误，{warnings} 个警告</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source> (internal)</source>
        <translation>（内部）</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>关闭前保存对“{name}”的修改吗？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，修改将会丢失。</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>“{name}” is already open in another window.</source>
        <translation>“{name}”已在另一个窗口中打开。</translation>
    </message>
    <message>
        <source>“{name}” is open in Presales Studio by {user} on {host} since {time}.</source>
        <translation>“{name}”已由 {user} 在 {host} 上用 Presales Studio 打开（自 {time} 起）。</translation>
    </message>
    <message>
        <source>“{name}” is locked by another Presales Studio.</source>
        <translation>“{name}”已被另一个 Presales Studio 锁定。</translation>
    </message>
    <message>
        <source>Deal already open</source>
        <translation>项目已被打开</translation>
    </message>
    <message>
        <source>Open it read-only to look at it, or close it there first so that two windows never overwrite each other&apos;s changes.</source>
        <translation>可以只读方式打开查看，或先在那里关闭，以免两个窗口互相覆盖修改。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>只读打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>仍然打开(&amp;A)</translation>
    </message>
    <message>
        <source>Only if the other computer or window is gone: its unsaved changes would be overwritten.</source>
        <translation>仅在另一台电脑或窗口已不存在时使用：其未保存的修改将被覆盖。</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>Full proposal</source>
        <translation>完整方案</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>管理层摘要</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Name competitors in client documents</source>
        <translation>在客户文档中写明竞争对手名称</translation>
    </message>
    <message>
        <source>Unchecked, client-facing outputs show competitors as Vendor A, B, …</source>
        <translation>不勾选时，面向客户的输出以厂商A、B…代称竞争对手</translation>
    </message>
    <message>
        <source>Add the Internal sheet to the Excel model</source>
        <translation>在 Excel 模型中加入“内部”工作表</translation>
    </message>
    <message>
        <source>Unit costs, margins and approvals: never send this file to the client.</source>
        <translation>含单位成本、毛利和审批信息：切勿将此文件发给客户。</translation>
    </message>
    <message>
        <source>The Excel file will contain internal data.</source>
        <translation>Excel 文件将包含内部数据。</translation>
    </message>
    <message>
        <source>Freeze as a sent revision after export</source>
        <translation>导出后冻结为已发送版本</translation>
    </message>
    <message>
        <source>The documents print the revision number, and the revision records the fingerprints (SHA-256) of the files sent.</source>
        <translation>文档中印有版本号，该版本会记录所发送文件的指纹（SHA-256）。</translation>
    </message>
    <message>
        <source>Word proposal (.docx)</source>
        <translation>Word 方案建议书 (.docx)</translation>
    </message>
    <message>
        <source>Excel model (.xlsx)</source>
        <translation>Excel 测算模型 (.xlsx)</translation>
    </message>
    <message>
        <source>PDF proposal (.pdf)</source>
        <translation>PDF 方案建议书 (.pdf)</translation>
    </message>
    <message>
        <source>Slides (.pptx)</source>
        <translation>演示文稿 (.pptx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Check the parts to include in the Word and PDF proposal.</source>
        <translation>勾选要写入 Word 和 PDF 方案建议书的部分。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档内容</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>读者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Word template</source>
        <translation>Word 模板(&amp;W)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>文件名(&amp;N)</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>文档大纲</translation>
    </message>
    <message>
        <source>Name competitors</source>
        <translation>写明竞争对手名称</translation>
    </message>
    <message>
        <source>Show competitors as Vendor A/B</source>
        <translation>以厂商A/B代称竞争对手</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>Word templates (*.docx)</source>
        <translation>Word 模板 (*.docx)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Cover: client, title, quote number, revision, date</source>
        <translation>封面：客户、标题、报价编号、版本、日期</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Headline figures: investment, NPV, ROI, payback</source>
        <translation>核心指标：投资额、净现值、投资回报率、回收期</translation>
    </message>
    <message>
        <source>Key figures table</source>
        <translation>关键指标表</translation>
    </message>
    <message>
        <source>Understanding of your needs (P0–P3 coverage)</source>
        <translation>需求理解（P0–P3 覆盖情况）</translation>
    </message>
    <message>
        <source>Solution design</source>
        <translation>解决方案设计</translation>
    </message>
    <message>
        <source>Architecture and compatibility</source>
        <translation>系统架构与兼容性</translation>
    </message>
    <message>
        <source>Implementation plan and Gantt chart</source>
        <translation>实施计划与甘特图</translation>
    </message>
    <message>
        <source>Investment summary</source>
        <translation>投资概览</translation>
    </message>
    <message>
        <source>Itemised price list</source>
        <translation>分项报价清单</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Business case: cash flow and payback</source>
        <translation>投资效益分析：现金流与回收期</translation>
    </message>
    <message>
        <source>Assumptions, scenarios and sensitivity</source>
        <translation>测算假设、情景与敏感性分析</translation>
    </message>
    <message>
        <source>Total cost of ownership comparison</source>
        <translation>总拥有成本（TCO）对比</translation>
    </message>
    <message>
        <source>Competitive comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <source>Service and warranty</source>
        <translation>服务与质保</translation>
    </message>
    <message>
        <source>Commercial terms</source>
        <translation>商务条款</translation>
    </message>
    <message>
        <source>Signature and company seal</source>
        <translation>签字盖章</translation>
    </message>
    <message>
        <source>The quote cannot be priced yet (see the problems list): this is the outline of a complete deal.</source>
        <translation>报价暂时无法计算（见问题列表）：此处显示的是完整项目的文档大纲。</translation>
    </message>
    <message>
        <source>(competitors named)</source>
        <translation>（写明竞争对手名称）</translation>
    </message>
    <message>
        <source>(as Vendor A/B)</source>
        <translation>（以厂商A/B代称）</translation>
    </message>
    <message>
        <source>{title} (no data in this deal, left out)</source>
        <translation>{title}（本项目无相关数据，不输出）</translation>
    </message>
    <message>
        <source>Greyed parts have no data in this deal and are left out.</source>
        <translation>灰色部分在本项目中没有数据，导出时将省略。</translation>
    </message>
    <message>
        <source>Choose at least one document.</source>
        <translation>请至少选择一种文档。</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>正在导出文档…</translation>
    </message>
    <message>
        <source>Exported {count} documents:
{files}</source>
        <translation>已导出 {count} 个文档：
{files}</translation>
    </message>
    <message>
        <source>This exporter is not part of this version yet ({detail}).</source>
        <translation>此版本尚未包含该导出功能（{detail}）。</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Sent {files}</source>
        <translation>已发送 {files}</translation>
    </message>
    <message>
        <source>Not frozen: the documents say revision {number}, which does not exist yet.</source>
        <translation>未冻结：文档标注为第{number}版，但该版本尚不存在。</translation>
    </message>
    <message>
        <source>Frozen as revision {frozen}, but the documents say revision {number}.</source>
        <translation>已冻结为第{frozen}版，但文档标注为第{number}版。</translation>
    </message>
    <message>
        <source>Frozen as revision {number} (sent).</source>
        <translation>已冻结为第{number}版（已发送）。</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Written:
{files}</source>
        <translation>已写入：
{files}</translation>
    </message>
    <message>
        <source>Freeze the draft as a sent revision, to keep what was sent to the client? (These documents say “Draft”.)</source>
        <translation>是否将当前草稿冻结为已发送版本，以留存发给客户的内容？（这些文档标注为“草稿”。）</translation>
    </message>
    <message>
        <source>Freeze as Sent Revision</source>
        <translation>冻结为已发送版本</translation>
    </message>
</context>
<context>
    <name>QuoteCostsModel</name>
    <message>
        <source>Quote line</source>
        <translation>报价行</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In the business case</source>
        <translation>计入效益分析</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>经常性</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>{path} · double-click to open this line in the configurator</source>
        <translation>{path} · 双击在方案配置中打开该报价行</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Item</source>
        <translation>项目明细</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>议定价</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>议价原因</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Amount (incl. VAT)</source>
        <translation>金额（含税）</translation>
    </message>
    <message>
        <source>Amount (excl. VAT)</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alternative group</source>
        <translation>备选组</translation>
    </message>
    <message numerus="yes">
        <source>Move %n line(s) to {section}</source>
        <translation>
            <numerusform>将 %n 行移至“{section}”</numerusform>
        </translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>Move section {name} to {section}</source>
        <translation>将分组“{name}”移至“{section}”</translation>
    </message>
    <message>
        <source>These products are priced in {currency}, the deal in {deal}: choose products of the deal&apos;s price book</source>
        <translation>这些产品以 {currency} 计价，而本商机为 {deal}：请选择本商机价格本中的产品</translation>
    </message>
    <message>
        <source>The product is no longer in the library</source>
        <translation>该产品已不在库中</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Add %n product(s) to {section}</source>
        <translation>
            <numerusform>向“{section}”添加 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>List amount</source>
        <translation>目录金额</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>议定价</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <source>Line discount (amount)</source>
        <translation>行折扣（金额）</translation>
    </message>
    <message>
        <source>Deal discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Shown to the client: {display}</source>
        <translation>向客户展示：{display}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-added</source>
        <translation>自动添加</translation>
    </message>
    <message>
        <source>price book changed</source>
        <translation>价格本已变更</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>经常性</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>按人天</translation>
    </message>
    <message>
        <source>List price {book} in the book, {quoted} in this quote</source>
        <translation>价格本中目录价 {book}，本报价中 {quoted}</translation>
    </message>
    <message>
        <source>The VAT rate or pricing model changed too</source>
        <translation>税率或计价方式也已变更</translation>
    </message>
    <message>
        <source>Update prices refreshes it</source>
        <translation>“更新价格”可刷新</translation>
    </message>
    <message>
        <source>Lines with the same group are alternatives: the client chooses one</source>
        <translation>同一组的行互为备选：客户选其一</translation>
    </message>
    <message>
        <source>Added automatically with line {line}</source>
        <translation>随报价行 {line} 自动添加</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Remove price override</source>
        <translation>取消议定价</translation>
    </message>
</context>
<context>
    <name>QuoteTotalsPanel</name>
    <message>
        <source>Incl. VAT</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Amounts here and in the quote table in 万 (Chinese) or K / M (English)</source>
        <translation>本面板和报价表中的金额以万元显示（英文界面为 K / M）</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Recurring per year</source>
        <translation>每年经常性费用</translation>
    </message>
    <message>
        <source>Recurring, year {n}</source>
        <translation>经常性费用，第 {n} 年</translation>
    </message>
    <message>
        <source>At {rate} VAT</source>
        <translation>税率 {rate}</translation>
    </message>
    <message>
        <source>{excl} + VAT {vat}</source>
        <translation>{excl} + 增值税 {vat}</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>合计（不含税）</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>合计（含税）</translation>
    </message>
    <message>
        <source>Optional items (not in total)</source>
        <translation>可选项（不计入合计）</translation>
    </message>
    <message>
        <source>人民币大写：{words}</source>
        <translation>人民币大写：{words}</translation>
    </message>
</context>
<context>
    <name>RadarSlide</name>
    <message>
        <source>How the options compare</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>No scored comparison yet</source>
        <translation>尚无完整评分的方案对比</translation>
    </message>
    <message>
        <source>Show or hide (Alt+{number})</source>
        <translation>显示或隐藏（Alt+{number}）</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent deals</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的内容</translation>
    </message>
    <message>
        <source>Presales Studio did not close properly last time. These deals had changes that were not saved:</source>
        <translation>Presales Studio 上次没有正常关闭。以下项目有未保存的修改：</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>{title} — {where} (autosaved {when} UTC)</source>
        <translation>{title} — {where}（自动备份于 {when} UTC）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RevisionController</name>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revisions are kept in .deal files. Save the deal as a .deal file first (File › Save As).</source>
        <translation>版本保存在 .deal 文件中。请先将项目另存为 .deal 文件（文件 › 另存为）。</translation>
    </message>
    <message>
        <source>Freeze revision</source>
        <translation>冻结版本</translation>
    </message>
    <message>
        <source>Freezing keeps the saved draft. Save your changes first?</source>
        <translation>冻结的是已保存的草稿。要先保存修改吗？</translation>
    </message>
    <message>
        <source>Save and Freeze</source>
        <translation>保存并冻结</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>第 {number} 版</translation>
    </message>
    <message>
        <source>Cannot freeze the revision</source>
        <translation>无法冻结版本</translation>
    </message>
    <message>
        <source>Froze revision {number}: {label}</source>
        <translation>已冻结第 {number} 版：{label}</translation>
    </message>
    <message>
        <source>Cannot open the revision</source>
        <translation>无法打开该版本</translation>
    </message>
    <message>
        <source>revision {number} of {file}</source>
        <translation>{file} 第 {number} 版</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>无法恢复该版本</translation>
    </message>
    <message>
        <source>Restore revision {number}</source>
        <translation>恢复第 {number} 版</translation>
    </message>
    <message>
        <source>Revision {number}: {label}</source>
        <translation>第 {number} 版：{label}</translation>
    </message>
    <message>
        <source>Saved draft</source>
        <translation>已保存的草稿</translation>
    </message>
    <message>
        <source>Current (with unsaved changes)</source>
        <translation>当前（含未保存的修改）</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版本比较</translation>
    </message>
    <message>
        <source>There is nothing to compare yet: save the deal as a .deal file and freeze a revision.</source>
        <translation>暂无可比较的版本：请将项目另存为 .deal 文件并冻结一个版本。</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions of {file}</source>
        <translation>{file} 的版本</translation>
    </message>
    <message>
        <source>No revisions yet. Freeze the draft to keep this version unchangeable, e.g. the quote you sent.</source>
        <translation>尚无版本。冻结草稿可以保留一个不可更改的版本，例如已发出的报价。</translation>
    </message>
    <message>
        <source>&amp;Freeze draft…</source>
        <translation>冻结草稿(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>只读打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Frozen at</source>
        <translation>冻结时间</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
</context>
<context>
    <name>RuleProblemsPanel</name>
    <message>
        <source>The product is not in the library</source>
        <translation>资料库中没有该产品</translation>
    </message>
</context>
<context>
    <name>ScenarioMultipliersModel</name>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>The driver&apos;s benefit is multiplied by this factor in the scenario (1 = as in the base case).</source>
        <translation>该情景中此驱动因素的收益乘以此系数（1 = 与基准情景相同）。</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <source>Change multiplier of {driver} in {scenario}</source>
        <translation>修改情景 {scenario} 中 {driver} 的系数</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Add scenario</source>
        <translation>添加情景</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <source>Scenario {n}</source>
        <translation>情景 {n}</translation>
    </message>
    <message>
        <source>A scenario named “{name}” exists already.</source>
        <translation>已存在名为“{name}”的情景。</translation>
    </message>
    <message>
        <source>Add scenario {name}</source>
        <translation>添加情景 {name}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>Rename scenario {old} to {new}</source>
        <translation>将情景 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Remove scenario {name}</source>
        <translation>删除情景 {name}</translation>
    </message>
    <message>
        <source>Base case</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <source>The base case takes every value driver as entered. Add a scenario (or pick one above) to scale drivers up or down.</source>
        <translation>基准情景按录入值计算各价值驱动因素。添加情景（或在上方选择一个）即可调高或调低各驱动因素。</translation>
    </message>
    <message>
        <source>No value drivers yet: add them in the Value drivers tab, then scale them here.</source>
        <translation>还没有价值驱动因素：请先在“价值驱动因素”页签中添加，再在这里调整倍数。</translation>
    </message>
    <message>
        <source>NPV {npv} · ROI {roi} · IRR {irr} · Payback {payback}</source>
        <translation>净现值 {npv} · 投资回报率 {roi} · 内部收益率 {irr} · 回收期 {payback}</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>How the options compare</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Cumulative cash flow and payback</source>
        <translation>累计现金流与投资回收</translation>
    </message>
    <message>
        <source>No business case yet</source>
        <translation>尚无效益分析</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>总体拥有成本（TCO）</translation>
    </message>
    <message>
        <source>No TCO comparison yet</source>
        <translation>尚无总体拥有成本对比</translation>
    </message>
    <message>
        <source>Your needs, covered</source>
        <translation>您的需求，逐一覆盖</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>假设分析</translation>
    </message>
</context>
<context>
    <name>StakeholdersEditor</name>
    <message>
        <source>Add stakeholder</source>
        <translation>添加干系人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>新干系人</translation>
    </message>
    <message>
        <source>Remove stakeholder {name}</source>
        <translation>删除干系人“{name}”</translation>
    </message>
</context>
<context>
    <name>StakeholdersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关注点</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set a validity date</source>
        <translation>设置报价有效期</translation>
    </message>
    <message>
        <source>What the client checks at acceptance…</source>
        <translation>客户验收时检查的内容（验收标准）…</translation>
    </message>
    <message>
        <source>Add clause…</source>
        <translation>添加条款…</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>No clauses yet: Add clause… picks them from the library or writes a new one.</source>
        <translation>还没有条款：按“添加条款…”从资料库选取，或新写一条。</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source>Quote valid until</source>
        <translation>报价有效期至</translation>
    </message>
    <message>
        <source>Quote validity</source>
        <translation>报价有效期</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>验收标准</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>合同条款</translation>
    </message>
    <message>
        <source>The library cannot be opened: {error}</source>
        <translation>无法打开资料库：{error}</translation>
    </message>
    <message>
        <source>The clause was added to the deal but not saved to the library: {error}</source>
        <translation>条款已加入本项目，但未能保存到资料库：{error}</translation>
    </message>
    <message>
        <source>Add clause {title}</source>
        <translation>添加条款 {title}</translation>
    </message>
    <message>
        <source>Add {n} clauses</source>
        <translation>添加 {n} 条条款</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>units</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <source>amount in the deal currency</source>
        <translation>项目币种金额</translation>
    </message>
    <message>
        <source>a fraction: 0.13 means 13%</source>
        <translation>小数：0.13 表示 13%</translation>
    </message>
    <message>
        <source>a fraction per year: 0.1 means 10%</source>
        <translation>每年的小数比例：0.1 表示 10%</translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>more than {low}</source>
        <translation>大于 {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>至少 {low}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>至多 {high}</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>最多 {count} 个字符</translation>
    </message>
    <message>
        <source>{range} ({unit})</source>
        <translation>{range}（{unit}）</translation>
    </message>
    <message>
        <source>Accepts {range}.</source>
        <translation>可输入 {range}。</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Internal: never shown to the client.</source>
        <translation>内部数据：不会展示给客户。</translation>
    </message>
    <message>
        <source>Enter a number {range}.</source>
        <translation>请输入 {range} 的数字。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters.</source>
        <translation>太长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>请选择列表中的一项。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY, USD or EUR.</source>
        <translation>请使用三位字母的币种代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>Enter a date such as 2027-01-25.</source>
        <translation>请输入日期，例如 2027-01-25。</translation>
    </message>
    <message>
        <source>Not accepted: {detail}</source>
        <translation>无法接受：{detail}</translation>
    </message>
</context>
<context>
    <name>ValueDriverDialog</name>
    <message>
        <source>Add value driver</source>
        <translation>添加价值驱动因素</translation>
    </message>
    <message>
        <source>Share of the full benefit reached in year 1, 2, … in percent, e.g. 50, 100; the last value repeats</source>
        <translation>第1、2…年达到的完整收益比例（百分比），例如 50, 100；最后一个值延续</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ramp-up (%, year 1, 2, …)</source>
        <translation>爬坡（%，第1、2…年）</translation>
    </message>
    <message>
        <source>Risk adjustment</source>
        <translation>风险调整</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Labour saved</source>
        <translation>人工节约</translation>
    </message>
    <message>
        <source>Cost avoided</source>
        <translation>成本规避</translation>
    </message>
    <message>
        <source>Revenue uplift</source>
        <translation>收入提升</translation>
    </message>
    <message>
        <source>Risk reduced</source>
        <translation>风险降低</translation>
    </message>
    <message>
        <source>Other benefit per year</source>
        <translation>其他年度收益</translation>
    </message>
    <message>
        <source>Hours saved per person per year</source>
        <translation>每人每年节省工时</translation>
    </message>
    <message>
        <source>Loaded hourly rate</source>
        <translation>综合小时费率</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>每年金额</translation>
    </message>
    <message>
        <source>Base revenue per year</source>
        <translation>年基准收入</translation>
    </message>
    <message>
        <source>Margin on extra revenue</source>
        <translation>新增收入毛利率</translation>
    </message>
    <message>
        <source>Probability per year</source>
        <translation>年发生概率</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响金额</translation>
    </message>
    <message>
        <source>Share of the risk removed</source>
        <translation>风险消除比例</translation>
    </message>
    <message>
        <source>Low: {input}</source>
        <translation>低值：{input}</translation>
    </message>
    <message>
        <source>High: {input}</source>
        <translation>高值：{input}</translation>
    </message>
    <message>
        <source>optional, in %</source>
        <translation>可选，单位 %</translation>
    </message>
    <message>
        <source>The lowest / highest plausible {input}, for the sensitivity chart (tornado) and Monte Carlo</source>
        <translation>{input}的最低 / 最高合理值，用于敏感性分析（龙卷风图）和蒙特卡洛模拟</translation>
    </message>
    <message>
        <source>Ramp-up, low and high must be numbers.</source>
        <translation>爬坡、低值和高值必须是数字。</translation>
    </message>
    <message>
        <source>Check {field}: {problem}</source>
        <translation>请检查 {field}：{problem}</translation>
    </message>
</context>
<context>
    <name>ValueDriversEditor</name>
    <message>
        <source>Add driver</source>
        <translation>添加驱动因素</translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation>删除驱动因素</translation>
    </message>
    <message>
        <source>No value drivers yet: Add driver… says what the client gains (hours saved, costs avoided, revenue, risk).</source>
        <translation>还没有价值驱动因素：按“添加驱动因素…”说明客户的收益（节省工时、规避成本、增加收入、降低风险）。</translation>
    </message>
</context>
<context>
    <name>ValueDriversModel</name>
    <message>
        <source>Labour saved</source>
        <translation>人工节约</translation>
    </message>
    <message>
        <source>Cost avoided</source>
        <translation>成本规避</translation>
    </message>
    <message>
        <source>Revenue uplift</source>
        <translation>收入提升</translation>
    </message>
    <message>
        <source>Risk reduced</source>
        <translation>风险降低</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>hours per person per year</source>
        <translation>每人每年小时数</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>share of the risk removed</source>
        <translation>风险消除比例</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Main input</source>
        <translation>主要输入</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Ramp (year 1, 2, …)</source>
        <translation>爬坡（第 1、2… 年）</translation>
    </message>
    <message>
        <source>Risk adj.</source>
        <translation>风险调整</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <source>Range: {low} – {high}</source>
        <translation>范围：{low} – {high}</translation>
    </message>
    <message>
        <source>Ramp: {ramp}</source>
        <translation>爬坡：{ramp}</translation>
    </message>
</context>
<context>
    <name>WhatIfSlide</name>
    <message>
        <source>What if?</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>No value drivers yet</source>
        <translation>尚无价值驱动因素</translation>
    </message>
    <message>
        <source>No business case yet</source>
        <translation>尚无效益分析</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率 ROI</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值 NPV</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Cannot open the deal</source>
        <translation>无法打开项目</translation>
    </message>
</context>
</TS>
