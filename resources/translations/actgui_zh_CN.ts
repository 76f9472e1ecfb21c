<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../actgui/ui/about.py" line="+94"/>
        <source>About actgui</source>
        <translation>关于 actgui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See and teach how neural-network activation functions work.</source>
        <translation>直观地观察和讲解神经网络激活函数的工作原理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running on: {versions}</source>
        <translation>运行环境：{versions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences of actgui and the components it ships:</source>
        <translation>actgui 及其附带组件的许可证：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The licence texts are not installed.</source>
        <translation>未安装许可证文本。</translation>
    </message>
</context>
<context>
    <name>ActivationPicker</name>
    <message>
        <location filename="../../actgui/ui/forward/activation_picker.py" line="+93"/>
        <source>Activation:</source>
        <translation>激活函数：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The layer&apos;s activation: follow the explorer&apos;s choice, or pick one for this layer.</source>
        <translation>该层的激活函数：可以跟随“函数探索”页中的选择，也可以为这一层单独指定。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the explorer ({name})</source>
        <translation>与“函数探索”页相同（{name}）</translation>
    </message>
</context>
<context>
    <name>ActivationSelector</name>
    <message>
        <location filename="../../actgui/ui/explorer/activation_selector.py" line="+23"/>
        <location line="+78"/>
        <source>The original lesson</source>
        <translation>课程中的五个函数</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Filter activations…</source>
        <translation>筛选激活函数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name; Up/Down step through the list</source>
        <translation>输入名称的一部分进行筛选；用上/下方向键在列表中移动</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../actgui/ui/playground/boundary_view.py" line="+65"/>
        <source>Decision boundary: P(class 1)</source>
        <translation>决策边界：P(类别 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../actgui/ui/forward/code_dialog.py" line="+60"/>
        <source>The forward pass as code</source>
        <translation>前向传播的代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same layer with the numbers shown in the panel (W already multiplied by k). Run the NumPy code as it is: it prints the h and y the panel shows.</source>
        <translation>与面板中数值完全相同的同一层（W 已乘以 k）。NumPy 代码可以直接运行：它打印出的 h 和 y 与面板中显示的一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TensorFlow 2</source>
        <translation>TensorFlow 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TensorFlow 1.x (the seed&apos;s style)</source>
        <translation>TensorFlow 1.x（原始示例的写法）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras 3</source>
        <translation>Keras 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../actgui/ui/explorer/compare_panel.py" line="+124"/>
        <source>Pin current curve</source>
        <translation>固定当前曲线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current curve on the plots, then pick another activation to compare</source>
        <translation>把当前曲线保留在图上，然后选择另一个激活函数进行比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin all</source>
        <translation>全部取消固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin each framework&apos;s version</source>
        <translation>固定各框架的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlay this activation as PyTorch, Keras and TensorFlow compute it by default</source>
        <translation>叠加显示 PyTorch、Keras 和 TensorFlow 按默认参数计算的这个激活函数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned curves stay on the plots, dashed, while you pick another activation.</source>
        <translation>固定的曲线会以虚线留在图上，方便你选择其他激活函数进行对比。</translation>
    </message>
</context>
<context>
    <name>ConventionsView</name>
    <message>
        <location filename="../../actgui/ui/explorer/conventions_view.py" line="+95"/>
        <source>In PyTorch / Keras / TensorFlow</source>
        <translation>在 PyTorch / Keras / TensorFlow 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No framework has this activation.</source>
        <translation>没有框架提供这个激活函数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Keras</source>
        <translation>Keras</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>TensorFlow</source>
        <translation>TensorFlow</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+28"/>
        <source>Set</source>
        <translation>设为此值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No setting of the parameters here computes this call.</source>
        <translation>这里的参数无论怎样设置，都算不出这个调用的结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Differs: this call computes {values}</source>
        <translation>不同：这个调用计算的是 {values}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {values}</source>
        <translation>设为 {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The curve shown is what this call computes.</source>
        <translation>当前曲线正是这个调用计算的结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parameters already match this call.</source>
        <translation>参数已与这个调用一致。</translation>
    </message>
</context>
<context>
    <name>CurvePlots</name>
    <message>
        <location filename="../../actgui/ui/explorer/curve_plots.py" line="+182"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom back to the whole x range (mouse: drag to pan, wheel to zoom)</source>
        <translation>缩放回完整的 x 范围（鼠标：拖动平移，滚轮缩放）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vanishing: |f′| &lt; {threshold:g}</source>
        <translation>梯度消失：|f′| &lt; {threshold:g}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no gradient shading</source>
        <translation>不标示梯度消失区域</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Derivative</source>
        <translation>导数</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/explorer/crosshair.py" line="+106"/>
        <source>Hover over a plot to read x, f(x) and f′(x)</source>
        <translation>将鼠标悬停在图上即可读取 x、f(x) 和 f′(x)</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/explorer/curve_overlays.py" line="+95"/>
        <source>max |f′| = %1</source>
        <translation>最大 |f′| = %1</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../actgui/ui/playground/curves_view.py" line="+64"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary cross-entropy per epoch, log scale</source>
        <translation>每个轮次的二元交叉熵，对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>epoch</source>
        <translation>轮次（epoch）</translation>
    </message>
</context>
<context>
    <name>DatasetControls</name>
    <message>
        <location filename="../../actgui/ui/playground/dataset_controls.py" line="+96"/>
        <source>Two blobs (linearly separable)</source>
        <translation>两团点（线性可分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR (four quadrants)</source>
        <translation>异或 XOR（四个象限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle inside a ring</source>
        <translation>圆环包围的圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>给每个点添加的高斯噪声的标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points held out to measure how well the network generalises</source>
        <translation>留出来用于衡量网络泛化能力的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New points</source>
        <translation>重新生成点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw new points with the next seed</source>
        <translation>用下一个种子生成新的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show test points (diamonds)</source>
        <translation>显示测试点（菱形）</translation>
    </message>
</context>
<context>
    <name>DepthControls</name>
    <message>
        <location filename="../../actgui/ui/depth/controls.py" line="+116"/>
        <source>PyTorch&apos;s calculate_gain has no value for this activation.</source>
        <translation>PyTorch 的 calculate_gain 没有给出这个激活函数的增益。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PyTorch&apos;s calculate_gain for it: {0:.4g} (kaiming_normal_ uses weight_std = gain).</source>
        <translation>PyTorch 的 calculate_gain 给出的增益：{0:.4g}（kaiming_normal_ 取 weight_std = 增益）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight_std σw</source>
        <translation>权重标准差 σw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias_std σb</source>
        <translation>偏置标准差 σb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier / Glorot</source>
        <translation>Xavier / Glorot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He / Kaiming</source>
        <translation>He / Kaiming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orthogonal</source>
        <translation>正交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own σw</source>
        <translation>自定 σw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of layers, 1 to 200</source>
        <translation>层数，1 到 200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons per layer (fan-in = fan-out = width)</source>
        <translation>每层神经元个数（fan-in = fan-out = 宽度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random inputs sent through the network at once</source>
        <translation>一次送入网络的随机输入个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are drawn from N(0, σw² / fan_in)</source>
        <translation>权重从 N(0, σw² / fan_in) 中抽取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LeCun: σw = 1. Xavier / Glorot: variance 2 / (fan_in + fan_out), σw = 1 for square layers.
He / Kaiming: σw = √2. Orthogonal: a random orthogonal matrix times the gain σw.</source>
        <translation>LeCun：σw = 1。Xavier / Glorot：方差 2 / (fan_in + fan_out)，方阵层时 σw = 1。
He / Kaiming：σw = √2。正交：随机正交矩阵乘以增益 σw。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Biases are drawn from N(0, σb²)</source>
        <translation>偏置从 N(0, σb²) 中抽取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to the edge of chaos</source>
        <translation>设到混沌边缘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest σw at which χ = 1 at the fixed point, for the current σb and activation</source>
        <translation>在当前 σb 和激活函数下，使不动点处 χ = 1 的最小 σw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a new network</source>
        <translation>重新抽取网络</translation>
    </message>
</context>
<context>
    <name>DepthPage</name>
    <message>
        <location filename="../../actgui/ui/depth/page.py" line="+266"/>
        <source>Preview: the first {0} of {1} samples</source>
        <translation>预览：{1} 个样本中的前 {0} 个</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Gradient std at layer 0 ÷ at layer {0}: measured {1}, theory {2}.   χ at the last layer: {3}.   Pre-activation std at layer {0}: measured {4}, theory {5}.</source>
        <translation>第 0 层与第 {0} 层梯度标准差之比：实测 {1}，理论 {2}。   最后一层的 χ：{3}。   第 {0} 层预激活标准差：实测 {4}，理论 {5}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-activations h</source>
        <translation>预激活 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations f(h)</source>
        <translation>激活值 f(h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients ∂L/∂h</source>
        <translation>梯度 ∂L/∂h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmap</source>
        <translation>热图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ridgeline</source>
        <translation>山脊图</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../actgui/ui/errors.py" line="+63"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actgui hit an unexpected error and carried on.</source>
        <translation>actgui 遇到了一个意外错误，但仍在继续运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>ExperimentToolWindow</name>
    <message>
        <location filename="../../actgui/ui/playground/experiment_tool.py" line="+160"/>
        <location line="+28"/>
        <source>Refused: %1</source>
        <translation>未接受：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export the figure as PNG</source>
        <translation>将图导出为 PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the runs as CSV</source>
        <translation>将各次运行导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 runs</source>
        <translation>%1 / %2 次运行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick a setting and its values, then run.</source>
        <translation>选择一个设置及其取值，然后运行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 seeds)</source>
        <translation>%1（%2 个种子）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No gradient at all in some layer (left out of the log plot): %1</source>
        <translation>某层完全没有梯度（对数图中略去）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the plots show the runs that finished.</source>
        <translation>已取消：图中显示已完成的运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test accuracy (%)</source>
        <translation>测试准确率 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median gradient norm</source>
        <translation>梯度范数中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layer (L1 = first hidden layer, out = output)</source>
        <translation>层（L1 = 第一个隐藏层，out = 输出层）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight scale (× the initialisation)</source>
        <translation>权重倍数（× 初始化尺度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth (hidden layers)</source>
        <translation>深度（隐藏层数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation ids, e.g. tanh, relu, sigmoid, leaky_relu, linear.</source>
        <translation>激活函数标识，例如 tanh, relu, sigmoid, leaky_relu, linear。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factors on the initial weights, e.g. 0.5, 1, 4 (1 is the scheme&apos;s own scale).</source>
        <translation>初始权重的倍数，例如 0.5, 1, 4（1 即该初始化方案本身的尺度）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step sizes, e.g. 0.01, 0.1, 1.</source>
        <translation>步长，例如 0.01, 0.1, 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes: uniform, xavier, he.</source>
        <translation>方案：uniform, xavier, he。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers of hidden layers, e.g. 1, 2, 4 (each as wide as the playground&apos;s first).</source>
        <translation>隐藏层数，例如 1, 2, 4（每层宽度与训练场第一层相同）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every other setting is the playground&apos;s; every value trains from seeds 1 to N.</source>
        <translation>其余设置均取自训练场；每个取值都从种子 1 到 N 各训练一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary</source>
        <translation>改变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 to 5 different values, separated by commas</source>
        <translation>2 到 5 个不同的取值，用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value trains from seeds 1 to this number (initial weights and batch order)</source>
        <translation>每个取值从种子 1 到此数各训练一次（种子决定初始权重和批次顺序）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final test accuracy per seed</source>
        <translation>每个种子的最终测试准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median gradient norm per layer</source>
        <translation>各层梯度范数中位数</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <location filename="../../actgui/ui/explorer/page.py" line="+133"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plotted range</source>
        <translation>绘图范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../actgui/export/actions.py" line="+43"/>
        <source>&amp;Export figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a view as PNG (1×, 2×, 3×) or SVG</source>
        <translation>将视图保存为 PNG（1×、2×、3×）或 SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy figure</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the plot under the mouse (or the current view) as an image</source>
        <translation>将鼠标下方的图（或当前视图）作为图片复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record animation…</source>
        <translation>录制动画(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a parameter sweep or a training run as GIF, APNG, WebP or MP4</source>
        <translation>将参数扫描或训练过程录制为 GIF、APNG、WebP 或 MP4 动画</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded {path}</source>
        <translation>已录制 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied {view} to the clipboard</source>
        <translation>已将{view}复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../actgui/export/options.py" line="+67"/>
        <source>Curve f(x)</source>
        <translation>曲线 f(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derivative f′(x)</source>
        <translation>导数 f′(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both plots, with pinned curves</source>
        <translation>两幅图（含固定的曲线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax view</source>
        <translation>Softmax 视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth lab</source>
        <translation>深度实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <location filename="../../actgui/export/dialog.py" line="+166"/>
        <location line="+122"/>
        <source>Export figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Light (print)</source>
        <translation>浅色（适合打印）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>缩放倍数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on screen</source>
        <translation>与屏幕上相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size the view has in the window now</source>
        <translation>视图当前在窗口中的尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2× or 3× draws every line and letter at that resolution: sharp on a projector</source>
        <translation>2× 或 3× 会以相应的分辨率重新绘制每条线和每个字：在投影仪上依然清晰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} 像素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vector graphics, {w} × {h} at 96 dpi</source>
        <translation>矢量图，96 dpi 下为 {w} × {h}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redrawn at this size</source>
        <translation>按此尺寸重新绘制</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file name first.</source>
        <translation>请先选择文件名。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../actgui/ui/explorer/facts_panel.py" line="+106"/>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to use it</source>
        <translation>何时使用</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bounded: |f(x)| stays below a finite limit for every x, on both sides.</source>
        <translation>有界：对所有 x，|f(x)| 都不超过某个有限值（上下两侧都有界）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monotonic: f never decreases; a larger input never gives a smaller output.</source>
        <translation>单调：f 从不下降；输入越大，输出绝不会变小。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smooth: continuously differentiable. f has no jump and f′ has no jump (no kink); the second derivative may still jump.</source>
        <translation>光滑：连续可微。f 没有跳变，f′ 也没有跳变（没有折点）；二阶导数仍可能跳变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zero-centred: f is odd, f(−x) = −f(x), so inputs spread evenly around 0 give outputs centred on 0.</source>
        <translation>零中心：f 是奇函数，f(−x) = −f(x)，因此围绕 0 对称分布的输入得到以 0 为中心的输出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does not apply: each output depends on every logit.</source>
        <translation>不适用：每个输出都取决于所有 logits。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, for the current parameter values.</source>
        <translation>是（按当前参数值）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, for the current parameter values.</source>
        <translation>否（按当前参数值）。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../actgui/ui/forward/file_actions.py" line="+51"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save x, W, b and the activation as a JSON file</source>
        <translation>将 x、W、b 和激活函数保存为 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a layer saved as JSON (it is checked before anything changes)</source>
        <translation>加载以 JSON 保存的层（在做任何修改之前会先检查文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write x, W, b, h and y as one CSV table for a spreadsheet</source>
        <translation>将 x、W、b、h 和 y 写成一个 CSV 表格，便于用电子表格打开</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {name}: {reason}</source>
        <translation>无法保存 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load {name}: {reason}. Nothing was changed.</source>
        <translation>无法加载 {name}：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded {name}.</source>
        <translation>已加载 {name}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export {name}: {reason}</source>
        <translation>无法导出 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported {name}.</source>
        <translation>已导出 {name}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file name is not valid</source>
        <translation>文件名无效</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the layer</source>
        <translation>保存该层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer files (*.json)</source>
        <translation>层文件 (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load a layer</source>
        <translation>加载层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer files (*.json);;All files (*)</source>
        <translation>层文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ForwardDiagram</name>
    <message>
        <location filename="../../actgui/ui/forward/diagram.py" line="+209"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h = xW + b</source>
        <translation>h = xW + b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y = {f}(h)</source>
        <translation>y = {f}(h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{f}′(h)</source>
        <translation>{f}′(h)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{w}: row i for input x&lt;sub&gt;i&lt;/sub&gt;, column j for neuron j</source>
        <translation>{w}：第 i 行对应输入 x&lt;sub&gt;i&lt;/sub&gt;，第 j 列对应神经元 j</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Double-click to edit; click a column to explain its neuron.</source>
        <translation>双击可编辑；单击某一列可查看该神经元的解释。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to explain neuron {j}.</source>
        <translation>单击查看神经元 {j} 的解释。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a column to explain that neuron; double-click a number of x, W or b to edit it.</source>
        <translation>单击某一列可查看该神经元的详细解释；双击 x、W 或 b 中的数字可以编辑它。</translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <location filename="../../actgui/ui/forward/panel.py" line="+137"/>
        <source>One dense layer: y = f(x W + b)</source>
        <translation>一个全连接层：y = f(x W + b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the code…</source>
        <translation>显示代码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This forward pass as NumPy, TensorFlow and PyTorch code</source>
        <translation>用 NumPy、TensorFlow 和 PyTorch 代码表示这次前向传播</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“{text}” is not a number. {name} keeps its value {old}.</source>
        <translation>“{text}”不是数字。{name} 保持原值 {old}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: {reason}. {name} keeps its value {old}.</source>
        <translation>未接受：{reason}。{name} 保持原值 {old}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New value of {name} (Enter to apply, Esc to cancel):</source>
        <translation>{name} 的新值（按 Enter 应用，按 Esc 取消）：</translation>
    </message>
</context>
<context>
    <name>GluView</name>
    <message>
        <location filename="../../actgui/ui/explorer/glu_view.py" line="+131"/>
        <source>y = a · g(b) over the (a, b) plane (a up, b across)</source>
        <translation>y = a · g(b) 在 (a, b) 平面上的取值（纵轴为 a，横轴为 b）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slice at the chosen a, along b</source>
        <translation>在所选 a 处沿 b 的截线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a =</source>
        <translation>a =</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b (second half: the gate&apos;s input)</source>
        <translation>b（后一半：门控的输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a (first half)</source>
        <translation>a（前一半）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a: the slice y = a·g(b) is drawn below and marked on the map</source>
        <translation>选择 a：截线 y = a·g(b) 画在下方，并在热图上标出</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <location filename="../../actgui/ui/playground/gradient_view.py" line="+62"/>
        <source>Gradient reaching each layer</source>
        <translation>传到每一层的梯度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median over the training points of |∂loss/∂W| for each layer&apos;s weights, log scale.
L1 is the first hidden layer, &apos;out&apos; the output layer.</source>
        <translation>各层权重的 |∂loss/∂W| 在所有训练点上的中位数，对数刻度。
L1 是第一个隐藏层，“输出”是输出层。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dead neuron has f′(z) = 0 on every training point: no gradient, no learning</source>
        <translation>死亡神经元在每个训练点上都有 f′(z) = 0：没有梯度，也就无法学习</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>L{0}</source>
        <translation>L{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No hidden neurons: the network is one linear boundary.</source>
        <translation>没有隐藏神经元：整个网络只是一条线性边界。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dead neurons: {0} of {1}</source>
        <translation>死亡神经元：{0} 个（共 {1} 个）</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../actgui/ui/depth/histogram_view.py" line="+78"/>
        <source>Pre-activations h of each layer</source>
        <translation>各层的预激活 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations f(h) of each layer</source>
        <translation>各层的激活值 f(h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients ∂L/∂h of each layer</source>
        <translation>各层的梯度 ∂L/∂h</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the values of each layer are spread, on bins shared by all layers.
Each layer is scaled to its own peak: the heatmap&apos;s columns (darker: more values) and the ridges show shapes, not how many values.
When the layers&apos; spreads differ by more than 100×, the axis is |value| on a log scale: a vanishing gradient slides down decade by decade, an exploding one up.
On a linear axis, a column or ridge that shrinks to a spike at 0 has lost its signal.</source>
        <translation>每一层数值的分布，所有层共用同一组分箱。
每层按自身的峰值缩放：热图的每一列（颜色越深，数值越多）和每条山脊线显示的是形状，而不是数量。
当各层的离散程度相差 100 倍以上时，坐标轴改为对数刻度的 |数值|：消失的梯度逐个数量级向下滑，爆炸的梯度向上。
在线性坐标轴上，缩成 0 处尖峰的列或山脊线已失去信号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pre-activation h</source>
        <translation>预激活 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation f(h)</source>
        <translation>激活值 f(h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient ∂L/∂h</source>
        <translation>梯度 ∂L/∂h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>|h|, log scale (sign dropped)</source>
        <translation>|h|，对数刻度（不计符号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|f(h)|, log scale (sign dropped)</source>
        <translation>|f(h)|，对数刻度（不计符号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|∂L/∂h|, log scale (sign dropped)</source>
        <translation>|∂L/∂h|，对数刻度（不计符号）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Values exactly 0, left out of the bins: {0} of a layer</source>
        <translation>恰为 0 的数值未计入分箱：占每层的 {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../actgui/ui/i18n/menu.py" line="+52"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the language of the interface</source>
        <translation>切换界面语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in {language}</source>
        <translation>以 {language} 显示界面</translation>
    </message>
</context>
<context>
    <name>LayerControls</name>
    <message>
        <location filename="../../actgui/ui/forward/layer_controls.py" line="+90"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed always draws the same weights.</source>
        <translation>相同的种子总会生成相同的权重。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New random W</source>
        <translation>重新随机生成 W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw new weights with the next seed</source>
        <translation>用下一个种子生成新的权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W uniform in</source>
        <translation>W 均匀分布于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest initial weight (the seed: tf.random_uniform(..., -0.1, 0.1))</source>
        <translation>初始权重的最小值（原始示例：tf.random_uniform(..., -0.1, 0.1)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest initial weight</source>
        <translation>初始权重的最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New random x</source>
        <translation>重新随机生成 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x uniform in [0, 1), like np.random.rand(1, 10)</source>
        <translation>x 在 [0, 1) 上均匀分布，与 np.random.rand(1, 10) 相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset b</source>
        <translation>重置 b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the bias to zeros, like tf.zeros(5)</source>
        <translation>把偏置置为零，与 tf.zeros(5) 相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals:</source>
        <translation>小数位数：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The init range needs low &lt; high; got [{low}, {high}). Kept [{old_low}, {old_high}).</source>
        <translation>初始化范围要求下限 &lt; 上限；输入的是 [{low}, {high})。已保留 [{old_low}, {old_high})。</translation>
    </message>
</context>
<context>
    <name>LazyDepthPage</name>
    <message>
        <location filename="../../actgui/ui/depth/lazy.py" line="+68"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
</context>
<context>
    <name>LazyPlaygroundPage</name>
    <message>
        <location filename="../../actgui/ui/playground/lazy.py" line="+73"/>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../actgui/ui/playground/lesson_texts.py" line="+16"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid ×50</source>
        <translation>sigmoid ×50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid ×4</source>
        <translation>sigmoid ×4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, rate 3</source>
        <translation>ReLU，学习率 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU, rate 0.1</source>
        <translation>ReLU，学习率 0.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU, rate 3</source>
        <translation>Leaky ReLU，学习率 3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linear activation cannot solve XOR</source>
        <translation>线性激活无法解决异或问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Baseline:&lt;/b&gt; two hidden layers with the linear activation f(z) = z. Every layer computes x·W + b, and a stack of them is again one x·W + b: however many layers, the network draws &lt;b&gt;one straight line&lt;/b&gt;. On XOR&apos;s four quadrants a straight line gets at most three of them right, &lt;b&gt;75 %&lt;/b&gt;; over seeds 1-20 it ended at 49-68 %. &lt;b&gt;Variant&lt;/b&gt; (one change, the activation): tanh bends the boundary and ends at 96-98 %.</source>
        <translation>&lt;b&gt;基线：&lt;/b&gt;两个隐藏层，使用线性激活 f(z) = z。每一层计算 x·W + b，多层叠加后仍是一个 x·W + b：无论多少层，网络只能画出&lt;b&gt;一条直线&lt;/b&gt;。在 XOR 的四个象限上，一条直线最多能分对其中三个，即 &lt;b&gt;75 %&lt;/b&gt;；在种子 1-20 上它最终为 49-68 %。&lt;b&gt;变体&lt;/b&gt;（只改一处：激活函数）：tanh 让边界弯曲，最终达到 96-98 %。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Baseline:&lt;/b&gt; four sigmoid layers, weights 50× Xavier&apos;s, plain gradient descent. |z| is large for almost every point, so σ sits on its flat tails where σ′(z) ≈ 0 and the gradient reaching the first layer all but vanishes (log plot, right). Over seeds 1-20 it ended at 49-78 %. &lt;b&gt;Variant&lt;/b&gt; (one change, the scale): ×4, the scale Glorot recommends for sigmoid, keeps z where σ′ is large: 88-99 %. Why ×4: σ′ ≤ 0.25, and the weights multiply the gradient too; at Xavier&apos;s ×1 this deep sigmoid stack also stalls at 50 %.</source>
        <translation>&lt;b&gt;基线：&lt;/b&gt;四个 sigmoid 层，权重为 Xavier 的 50 倍，普通梯度下降。几乎每个点的 |z| 都很大，σ 处在平坦的尾部，σ′(z) ≈ 0，到达第一层的梯度几乎消失（右侧对数图）。在种子 1-20 上它最终为 49-78 %。&lt;b&gt;变体&lt;/b&gt;（只改一处：权重倍数）：×4，即 Glorot 为 sigmoid 推荐的倍数，让 z 停留在 σ′ 较大的区域：88-99 %。为什么是 ×4：σ′ ≤ 0.25，而权重同样会放大或缩小梯度；在 Xavier 的 ×1 下，这个深层 sigmoid 网络同样停在 50 %。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Baseline:&lt;/b&gt; ReLU, plain gradient descent at learning rate 3, on noisy moons. The first large steps push whole layers to z &amp;lt; 0 on &lt;b&gt;every&lt;/b&gt; point; there ReLU&apos;s gradient is exactly 0, so they never come back (red frames; the count is under the gradient plot). The network ends at 50 %, a guess, on every seed, with 9-14 of its 16 units dead. The cause is the learning rate. &lt;b&gt;Variant 1&lt;/b&gt;, rate 0.1: 90-93 % over seeds 1-20, with at most 3 dead units. &lt;b&gt;Variant 2&lt;/b&gt;, Leaky ReLU at the same rate 3: a slope of 0.01 for z &amp;lt; 0 keeps every unit trainable: 78-90 % on 19 of seeds 1-20. Steps this large stay risky: on seed 19 it diverged (50 %).</source>
        <translation>&lt;b&gt;基线：&lt;/b&gt;ReLU，普通梯度下降，学习率 3，数据是带噪声的双月形。最初几步过大，把整层神经元推到对&lt;b&gt;所有&lt;/b&gt;点都有 z &amp;lt; 0 的区域；那里 ReLU 的梯度恰好为 0，它们再也回不来（红框；数量显示在梯度图下方）。网络在每个种子上都停在 50 %，相当于瞎猜，16 个单元中有 9-14 个死亡。原因在于学习率。&lt;b&gt;变体 1&lt;/b&gt;，学习率 0.1：在种子 1-20 上达到 90-93 %，最多 3 个死亡单元。&lt;b&gt;变体 2&lt;/b&gt;，同样学习率 3 的 Leaky ReLU：z &amp;lt; 0 时保留 0.01 的斜率，每个单元都还能训练：在种子 1-20 中的 19 个上达到 78-90 %。如此大的步长仍有风险：在种子 19 上它发散了（50 %）。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sigmoid saturates with large initial weights</source>
        <translation>初始权重过大时 Sigmoid 会饱和</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dead ReLUs</source>
        <translation>死亡的 ReLU</translation>
    </message>
    <message>
        <location filename="../../actgui/ui/playground/lessons.py" line="+166"/>
        <source>%1 of %2 runs</source>
        <translation>第 %1 / %2 次运行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the experiment to see how each seed ends.</source>
        <translation>运行实验，查看每个随机种子的最终结果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 seeds)</source>
        <translation>%1（%2 个种子）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lessons:</source>
        <translation>实验：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the explanation</source>
        <translation>隐藏说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train in the playground:</source>
        <translation>在训练场中训练：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the experiment (%1 seeds)</source>
        <translation>运行实验（%1 个种子）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train the baseline and every variant from seeds 1 to %1 in the background</source>
        <translation>在后台用种子 1 到 %1 训练基线和每个变体</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final test accuracy per seed</source>
        <translation>每个种子的最终测试准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
</context>
<context>
    <name>LogitsEditor</name>
    <message>
        <location filename="../../actgui/ui/explorer/logits_editor.py" line="+41"/>
        <source>Logits z:</source>
        <translation>Logits z：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a logit</source>
        <translation>添加一个 logit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last logit</source>
        <translation>删除最后一个 logit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logit z{index}</source>
        <translation>Logit z{index}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../actgui/ui/main_window.py" line="+117"/>
        <location line="+173"/>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>actgui — activation functions</source>
        <translation>actgui — 激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explorer</source>
        <translation>函数探索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;derivative</source>
        <translation>显示导数(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger font</source>
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smaller font</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal font size</source>
        <translation>正常字号(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin current curve</source>
        <translation>固定当前曲线(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unpin all</source>
        <translation>全部取消固定(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About actgui</source>
        <translation>关于 actgui(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NetworkControls</name>
    <message>
        <location filename="../../actgui/ui/playground/network_controls.py" line="+118"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer {0}</source>
        <translation>第 {0} 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in this layer</source>
        <translation>该层的神经元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation of this layer&apos;s neurons</source>
        <translation>该层神经元的激活函数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform ±0.1 (the seed&apos;s)</source>
        <translation>均匀分布 ±0.1（原始示例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier / Glorot</source>
        <translation>Xavier / Glorot 初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>He (for ReLU)</source>
        <translation>He 初始化（适用于 ReLU）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight scale</source>
        <translation>权重缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies the initial weights: large values saturate neurons</source>
        <translation>与初始权重相乘：数值过大会使神经元饱和</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../actgui/ui/playground/network_diagram.py" line="+108"/>
        <source>Input x₁</source>
        <translation>输入 x₁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input x₂</source>
        <translation>输入 x₂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer {0}, neuron {1}
gradient flows on {2:.0f} % of points
mean |f′(z)| = {3:.3g}</source>
        <translation>第 {0} 层，神经元 {1}
在 {2:.0f} % 的样本点上有梯度流过
平均 |f′(z)| = {3:.3g}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dead: no gradient on any point, it cannot learn</source>
        <translation>已死亡：在任何样本点上都没有梯度，无法学习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output: P(class 1)</source>
        <translation>输出：P(类别 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer {0}
{1}</source>
        <translation>第 {0} 层
{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>NeuronExplainer</name>
    <message>
        <location filename="../../actgui/ui/forward/explain.py" line="+164"/>
        <source>Step by step: x&lt;sub&gt;i&lt;/sub&gt;·W&lt;sub&gt;ij&lt;/sub&gt;, then b</source>
        <translation>逐步计算：先算 x&lt;sub&gt;i&lt;/sub&gt;·W&lt;sub&gt;ij&lt;/sub&gt;，再加上 b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the neuron sits on f</source>
        <translation>该神经元在 f 上的位置</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saturated: the gradient has all but vanished, so this neuron barely learns.</source>
        <translation>已饱和：梯度几乎消失，这个神经元几乎学不到东西。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Neuron {j}: how h{sj} and y{sj} come about</source>
        <translation>神经元 {j}：h{sj} 和 y{sj} 是如何得到的</translation>
    </message>
</context>
<context>
    <name>ParamControls</name>
    <message>
        <location filename="../../actgui/ui/explorer/param_controls.py" line="+60"/>
        <source>This activation has no parameters.</source>
        <translation>该激活函数没有参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore PyTorch&apos;s default values</source>
        <translation>恢复 PyTorch 的默认参数值</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../../actgui/ui/widgets/param_editor.py" line="+259"/>
        <source>{text} is not allowed for {name}: it must be {range}.</source>
        <translation>{name} 不能取 {text}：它必须是 {range}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: {reason}</source>
        <translation>未接受：{reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Record this sweep: an animated figure of this parameter…</source>
        <translation>录制此参数扫描：生成该参数变化的动画…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a sweep of this parameter, forward and back (click again to stop)</source>
        <translation>自动来回扫描此参数（再次单击停止）</translation>
    </message>
</context>
<context>
    <name>PhaseView</name>
    <message>
        <location filename="../../actgui/ui/depth/phase_view.py" line="+122"/>
        <source>Phase diagram: log χ at the fixed point (line: χ = 1)</source>
        <translation>相图：不动点处的 log χ（曲线：χ = 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight_std σw</source>
        <translation>权重标准差 σw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias_std σb</source>
        <translation>偏置标准差 σb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>χ: how much a gradient&apos;s mean square grows per layer once the signal has settled.
Blue, χ &lt; 1: order, gradients vanish with depth. Red, χ &gt; 1: chaos, they explode.
The line χ = 1 is the edge of chaos. Drag the dot to change σw and σb.</source>
        <translation>χ：信号稳定之后，梯度的均方每经过一层放大的倍数。
蓝色，χ &lt; 1：有序相，梯度随深度消失。红色，χ &gt; 1：混沌相，梯度爆炸。
χ = 1 的曲线就是混沌边缘。拖动圆点可改变 σw 和 σb。</translation>
    </message>
</context>
<context>
    <name>PinRow</name>
    <message>
        <location filename="../../actgui/ui/explorer/compare_panel.py" line="-55"/>
        <source>Unpin {label}</source>
        <translation>取消固定 {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../../actgui/ui/playground/page.py" line="+216"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment…</source>
        <translation>实验…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vary one setting of this set-up over several seeds and compare the outcomes</source>
        <translation>在当前设置下只改变一项，用多个种子训练并比较结果</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../actgui/ui/presentation/mode.py" line="+131"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Large type and plots for a projector (F5)</source>
        <translation>用于投影仪的大字号和大图（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation &amp;steps…</source>
        <translation>演示步骤(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the activations PageDown and PageUp step through</source>
        <translation>选择用 PageDown 和 PageUp 依次切换的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next activation</source>
        <translation>下一个激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous activation</source>
        <translation>上一个激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit presentation</source>
        <translation>退出演示</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../actgui/ui/presentation/view.py" line="+273"/>
        <source>Previous activation (PageUp)</source>
        <translation>上一个激活函数（PageUp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next activation (PageDown)</source>
        <translation>下一个激活函数（PageDown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation shown</source>
        <translation>当前显示的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps…</source>
        <translation>步骤…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the activations PageDown and PageUp step through</source>
        <translation>选择用 PageDown 和 PageUp 依次切换的激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the normal window (F5 or Esc)</source>
        <translation>返回普通窗口（F5 或 Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the list of steps</source>
        <translation>在步骤列表中的位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Output y₁ for the logits (x, 0)</source>
        <translation>logits 为 (x, 0) 时的输出 y₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logits zᵢ (grey) and outputs yᵢ (colour)</source>
        <translation>logits zᵢ（灰色）与输出 yᵢ（彩色）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a · g(b) along b, for a = 1</source>
        <translation>a · g(b) 随 b 的变化（a = 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its derivative ∂/∂b = g′(b)</source>
        <translation>对 b 的导数 ∂/∂b = g′(b)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation f(x)</source>
        <translation>激活函数 f(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derivative f′(x)</source>
        <translation>导数 f′(x)</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <location filename="../../actgui/ui/depth/presets.py" line="+38"/>
        <source>Sigmoid + Xavier, 50 layers</source>
        <translation>Sigmoid + Xavier，50 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU + He</source>
        <translation>ReLU + He</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh at the edge of chaos</source>
        <translation>处于混沌边缘的 tanh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gradient vanishes. σ′(x) is at most 1/4, so even with Xavier&apos;s σw = 1 every layer multiplies the gradient&apos;s mean square by χ ≈ 0.056. Over 50 layers the gradient reaching layer 0 has a standard deviation about 10⁻³¹·⁴ times the one at the top (the orange line): the first layers do not learn. Glorot &amp; Bengio (2010) saw it in their histograms.</source>
        <translation>梯度消失。σ′(x) 最大只有 1/4，所以即使用 Xavier 的 σw = 1，每一层也会把梯度的均方乘以 χ ≈ 0.056。经过 50 层后，到达第 0 层的梯度标准差只有顶层的约 10⁻³¹·⁴ 倍（橙色线）：前面几层学不到东西。Glorot 和 Bengio（2010）在他们的直方图中看到了这一现象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signal and gradient are held. ReLU lets half of a Gaussian through, so E[relu(h)²] = q/2 and E[relu′(h)²] = 1/2: He&apos;s σw = √2 gives χ = 1 at every layer and every variance. The theory lines are flat; one finite network still wanders by about √(2/width) per layer (the points).</source>
        <translation>信号和梯度都保持住了。ReLU 只让高斯分布的一半通过，所以 E[relu(h)²] = q/2，E[relu′(h)²] = 1/2：He 初始化的 σw = √2 使每一层、任意方差下都有 χ = 1。理论曲线是平的；但一个有限宽的网络每层仍会随机偏离约 √(2/宽度)（图中的点）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edge of chaos. With σb = 0.3, σw ≈ 1.396 puts χ = 1 at the variance&apos;s fixed point: the gradient neither vanishes nor explodes, however deep the network (Schoenholz et al. 2017). Drag the dot left into order (blue: gradients vanish) or right into chaos (red: they explode).</source>
        <translation>混沌边缘。σb = 0.3 时，σw ≈ 1.396 使方差不动点处 χ = 1：无论网络多深，梯度既不消失也不爆炸（Schoenholz 等，2017）。把圆点向左拖进有序相（蓝色：梯度消失），或向右拖进混沌相（红色：梯度爆炸）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Experiments:</source>
        <translation>实验：</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../actgui/export/preview.py" line="+92"/>
        <source>Preview: {name}</source>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Frame {n} of {total}</source>
        <translation>第 {n} 帧，共 {total} 帧</translation>
    </message>
</context>
<context>
    <name>RReluBand</name>
    <message>
        <location filename="../../actgui/ui/explorer/rrelu_band.py" line="+60"/>
        <source>training: slopes in [lower, upper]</source>
        <translation>训练时：斜率取自 [lower, upper]</translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../actgui/ui/explorer/range_controls.py" line="+70"/>
        <source>x from</source>
        <translation>x 起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x to</source>
        <translation>x 终点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>采样点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of points at which f and f&apos; are evaluated</source>
        <translation>计算 f 和 f&apos; 的点数</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Refused: “x from” must be below “x to”.</source>
        <translation>未接受：“x 起点”必须小于“x 终点”。</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+13"/>
        <source>Refused: {reason}</source>
        <translation>未接受：{reason}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../actgui/export/record_dialog.py" line="+171"/>
        <location line="+89"/>
        <source>Record animation</source>
        <translation>录制动画</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Playground: training</source>
        <translation>训练场：训练过程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Epochs:</source>
        <translation>轮次(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rames:</source>
        <translation>帧数(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per &amp;second:</source>
        <translation>每秒帧数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bounce: play forward, then back</source>
        <translation>往返播放(&amp;B)：先正向，再反向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 needs PyAV: pip install &quot;actgui[video]&quot;</source>
        <translation>MP4 需要 PyAV：pip install &quot;actgui[video]&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Animations (*.gif *.apng *.webp *.mp4)</source>
        <translation>动画 (*.gif *.apng *.webp *.mp4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} starts and ends at {value}: nothing would move</source>
        <translation>{name} 的起点和终点都是 {value}：没有任何变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must stay within {low} to {high}, got {value}</source>
        <translation>{name} 必须在 {low} 到 {high} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at {name} = {value}: {reason}</source>
        <translation>在 {name} = {value} 时：{reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recording…</source>
        <translation>正在录制…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ScaleSlider</name>
    <message>
        <location filename="../../actgui/ui/forward/scale_slider.py" line="+62"/>
        <source>Weight scale k:</source>
        <translation>权重缩放 k：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k = 1</source>
        <translation>k = 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the weights as they are (k = 1)</source>
        <translation>按原样使用权重（k = 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer uses k·W. Drag right to make the weights larger (logarithmic, 0.1 to 100).</source>
        <translation>该层使用 k·W。向右拖动使权重变大（对数刻度，0.1 到 100）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large weights push h far from 0: the sigmoid squashes y to 0 or 1 and its gradient f′(h) collapses.</source>
        <translation>权重过大会把 h 推离 0：sigmoid 把 y 压到 0 或 1，其梯度 f′(h) 也随之趋于零。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>k = {k}</source>
        <translation>k = {k}</translation>
    </message>
</context>
<context>
    <name>SeedClaimBox</name>
    <message>
        <location filename="../../actgui/ui/explorer/seed_claim.py" line="+52"/>
        <source>&lt;i&gt;Claimed:&lt;/i&gt; “%1”&lt;br&gt;&lt;i&gt;What holds:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;原文说：&lt;/i&gt;“%1”&lt;br&gt;&lt;i&gt;实际上：&lt;/i&gt;%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The original lesson, checked</source>
        <translation>核对原始课程的说法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article this app grew from gave this advice; here it is beside what is true.</source>
        <translation>本应用所源自的文章给出了这条建议；这里把它和实际情况放在一起对照。</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <location filename="../../actgui/ui/setup_actions.py" line="+105"/>
        <source>&amp;Open setup…</source>
        <translation>打开设置文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a setup file (.actgui): every page as it was saved</source>
        <translation>打开设置文件（.actgui）：每个页面恢复到保存时的样子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save setup…</source>
        <translation>保存设置文件(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every page, the page shown and the presentation steps as a setup file</source>
        <translation>把每个页面、当前显示的页面和演示步骤保存为一个设置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include theme and &amp;language in setups</source>
        <translation>设置文件中包含主题和语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;trained network in setups</source>
        <translation>设置文件中包含训练好的网络(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the playground&apos;s weights, its loss and accuracy curves and its training progress, so the setup opens trained and training goes on from there</source>
        <translation>保存训练场的权重、损失与准确率曲线以及训练进度，打开设置时网络已训练好，并可从此处继续训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;setup</source>
        <translation>复制设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole setup as text, to send in a chat</source>
        <translation>把整个设置复制为文本，方便在聊天中发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste setup</source>
        <translation>粘贴设置(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a setup pasted as text (it is checked first)</source>
        <translation>打开以文本形式粘贴的设置（会先检查）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Could not open {name}: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save {name}: {reason}</source>
        <translation>无法保存 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {name} without the trained network: its weights are no longer finite numbers (the training diverged). The setup opens with the playground&apos;s settings, untrained.</source>
        <translation>已保存 {name}，但未包含训练好的网络：其权重已不再是有限数（训练发散了）。打开该设置时只恢复训练场的设置，网络未经训练。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open setup</source>
        <translation>打开设置文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save setup</source>
        <translation>保存设置文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>actgui setups (*.actgui);;All files (*)</source>
        <translation>actgui 设置文件 (*.actgui);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No recent setups</source>
        <translation>没有最近打开的设置文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the copied setup</source>
        <translation>复制的设置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not paste the setup: {reason}</source>
        <translation>无法粘贴设置：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pasted setup</source>
        <translation>粘贴的设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened {name}. This actgui does not know these entries and left them out: {entries}</source>
        <translation>已打开 {name}。此版本的 actgui 不认识以下条目，已将其略过：{entries}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Setup</source>
        <translation>设置文件</translation>
    </message>
</context>
<context>
    <name>ShadingMenu</name>
    <message>
        <location filename="../../actgui/ui/explorer/shading_menu.py" line="+47"/>
        <source>&amp;Gradient shading</source>
        <translation>梯度消失阴影(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shade the derivative plot where |f′| is below a level, the same for every activation</source>
        <translation>在导数图中把 |f′| 低于某一水平的区域涂上阴影，所有激活函数使用同一水平</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where |f′| &lt; %1</source>
        <translation>|f′| &lt; %1 处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where |f′| &lt; %1, a unit passes back less than %2 % of the gradient that reaches it</source>
        <translation>在 |f′| &lt; %1 处，一个单元向后传递的梯度不到它收到的 %2 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shading</source>
        <translation>不加阴影</translation>
    </message>
</context>
<context>
    <name>SoftmaxCompanions</name>
    <message>
        <location filename="../../actgui/ui/explorer/softmax_companions.py" line="+89"/>
        <source>◆ softmax(z) for comparison: sparsemax gives exact zeros</source>
        <translation>◆ 对照 softmax(z)：sparsemax 会给出精确的 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bars: the draw of this seed · ● {n} more draws · ▲ their average (with this one) · ◆ softmax(z / τ)</source>
        <translation>柱：此种子的一次抽样 · ● 另外 {n} 次抽样 · ▲ 它们（连同这一次）的平均 · ◆ softmax(z / τ)</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <location filename="../../actgui/ui/explorer/softmax_view.py" line="+234"/>
        <source>Spell out output:</source>
        <translation>展开计算的输出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs y (click a bar to spell it out)</source>
        <translation>输出 y（单击柱形可查看计算过程）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jacobian ∂yᵢ/∂zⱼ (row i, column j)</source>
        <translation>雅可比矩阵 ∂yᵢ/∂zⱼ（第 i 行，第 j 列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>y{i} = max(z{i} − τ, 0) = max({z:.4g} − {tau:.4g}, 0) = {y:.4f}</source>
        <translation>y{i} = max(z{i} − τ, 0) = max({z:.4g} − {tau:.4g}, 0) = {y:.4f}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>y{i} = {s:.4g} − log({total:.4g}) = {y:.4g}</source>
        <translation>y{i} = {s:.4g} − log({total:.4g}) = {y:.4g}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>soft y{i} = {num:.4g} / {den:.4g} = {soft:.4f};  hard y{i} = {y:.0f}    (1 for the largest soft value, 0 for the others)</source>
        <translation>软样本 y{i} = {num:.4g} / {den:.4g} = {soft:.4f}；硬样本 y{i} = {y:.0f}    （软样本中最大的一项为 1，其余为 0）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>y{i} = {num:.4g} / {den:.4g} = {y:.4f}    (the outputs sum to {total:.4f})</source>
        <translation>y{i} = {num:.4g} / {den:.4g} = {y:.4f}    （所有输出之和为 {total:.4f}）</translation>
    </message>
</context>
<context>
    <name>StdView</name>
    <message>
        <location filename="../../actgui/ui/depth/std_view.py" line="+83"/>
        <source>Spread per layer: measured (points) and theory (lines)</source>
        <translation>各层的离散程度：实测（点）与理论（线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-activations, theory</source>
        <translation>预激活，理论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-activations, measured</source>
        <translation>预激活，实测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient, theory</source>
        <translation>梯度，理论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient, measured</source>
        <translation>梯度，实测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard deviation of each layer&apos;s pre-activations h and of the gradient ∂L/∂h, log scale.
Lines: mean-field theory (an infinitely wide network). Points: the random network drawn.
A gradient that falls by powers of ten towards layer 0 vanishes: those layers do not learn.</source>
        <translation>每层预激活 h 和梯度 ∂L/∂h 的标准差，对数刻度。
线：平均场理论（无限宽的网络）。点：抽取出的这一个随机网络。
朝第 0 层方向成数量级下降的梯度就是消失了：那些层学不到东西。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pre-activation variance, theory: ∞ from layer {0} (diverges)</source>
        <translation>预激活方差（理论）：从第 {0} 层起为 ∞（发散）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-activation std, theory: above 10¹⁵⁰ from layer {0}</source>
        <translation>预激活标准差（理论）：从第 {0} 层起超过 10¹⁵⁰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-activation std, theory: below 10⁻¹⁵⁰ from layer {0}</source>
        <translation>预激活标准差（理论）：从第 {0} 层起低于 10⁻¹⁵⁰</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gradient, theory: ∞ at layer {0} and below (explodes)</source>
        <translation>梯度（理论）：第 {0} 层及以下为 ∞（爆炸）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient std, theory: above 10¹⁵⁰ at layer {0} and below</source>
        <translation>梯度标准差（理论）：第 {0} 层及以下超过 10¹⁵⁰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient std, theory: below 10⁻¹⁵⁰ at layer {0} and below</source>
        <translation>梯度标准差（理论）：第 {0} 层及以下低于 10⁻¹⁵⁰</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured: the signal passed float32&apos;s range (3.4 × 10³⁸) at layer {0}; no gradient can be measured through it</source>
        <translation>实测：信号在第 {0} 层超出了 float32 的范围（3.4 × 10³⁸），无法再经由它测量梯度</translation>
    </message>
</context>
<context>
    <name>StepListDialog</name>
    <message>
        <location filename="../../actgui/ui/presentation/step_dialog.py" line="+91"/>
        <source>Presentation steps</source>
        <translation>演示步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the activations to show in class and put them in order (drag, or use the buttons). PageDown and PageUp, or a presentation clicker, step through them.</source>
        <translation>勾选要在课堂上展示的激活函数，并排好顺序（拖动，或使用右侧按钮）。用 PageDown 和 PageUp 键或演示翻页笔依次切换。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s five</source>
        <translation>课程中的五个函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid, ReLU, tanh, softmax and Leaky ReLU</source>
        <translation>Sigmoid、ReLU、tanh、softmax 和 Leaky ReLU</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../actgui/ui/playground/training_controls.py" line="+77"/>
        <source>Gradient descent (SGD)</source>
        <translation>梯度下降（SGD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam 优化器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 penalty</source>
        <translation>L2 正则化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SGD follows the raw gradient; Adam scales each weight&apos;s step by its gradient history</source>
        <translation>SGD 直接沿原始梯度更新；Adam 根据每个权重的梯度历史调整其步长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points per gradient step; the whole training set means full batch</source>
        <translation>每次梯度更新使用的点数；等于整个训练集时即为全批量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L2 penalty in the loss: adds L2/2 · ΣW² to the loss, so its gradient L2 · W joins the loss gradient. Under SGD that equals weight decay; under Adam it is rescaled with the rest of the gradient, so it is not AdamW&apos;s decoupled weight decay.</source>
        <translation>损失中的 L2 惩罚：在损失上加 L2/2 · ΣW²，于是它的梯度 L2 · W 并入损失的梯度。在 SGD 下这等同于权重衰减；在 Adam 下它会和其余梯度一起被重新缩放，因此并不是 AdamW 那种解耦的权重衰减。</translation>
    </message>
</context>
<context>
    <name>TrainingFigure</name>
    <message>
        <location filename="../../actgui/export/training_figure.py" line="+74"/>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training loss {0}   test accuracy {1}</source>
        <translation>训练损失 {0}   测试准确率 {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network {0}, {1}</source>
        <translation>网络 {0}，{1}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../actgui/ui/playground/transport.py" line="+67"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one more epoch, then pause</source>
        <translation>再训练一个轮次，然后暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the initial weights (epoch 0)</source>
        <translation>回到初始权重（第 0 轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverged: lower the learning rate</source>
        <translation>已发散：请降低学习率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Play</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格键）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos;&gt;&lt;tr&gt;&lt;td&gt;train&amp;nbsp;&lt;/td&gt;&lt;td&gt;loss &lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;accuracy &lt;b&gt;{1}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;test&amp;nbsp;&lt;/td&gt;&lt;td&gt;loss &lt;b&gt;{2}&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;accuracy &lt;b&gt;{3}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos;&gt;&lt;tr&gt;&lt;td&gt;训练集&amp;nbsp;&lt;/td&gt;&lt;td&gt;损失 &lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;准确率 &lt;b&gt;{1}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;测试集&amp;nbsp;&lt;/td&gt;&lt;td&gt;损失 &lt;b&gt;{2}&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;准确率 &lt;b&gt;{3}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../actgui/ui/i18n/refusals.py" line="+24"/>
        <source>parameter &apos;{name}&apos; must be a number in [{low}, {high}], got {value}</source>
        <translation>参数 {name} 必须是 [{low}, {high}] 范围内的数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter &apos;{name}&apos; must be one of {choices}, got {value}</source>
        <translation>参数 {name} 必须是 {choices} 之一，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters &apos;{low_name}&apos; and &apos;{high_name}&apos; need {low_name} &lt; {high_name}, got {low_name}={low}, {high_name}={high}</source>
        <translation>参数 {low_name} 和 {high_name} 需要满足 {low_name} &lt; {high_name}，输入的是 {low_name}={low}，{high_name}={high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the x range needs finite min &lt; max, got [{low}, {high}]</source>
        <translation>x 范围需要是有限值且最小值 &lt; 最大值，输入的是 [{low}, {high}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the x range must lie within [{low}, {high}]</source>
        <translation>x 范围必须位于 [{low}, {high}] 之内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the number of samples must be in [{low}, {high}], got {value}</source>
        <translation>采样点数必须在 [{low}, {high}] 之内，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the init range needs low &lt; high, got [{low}, {high})</source>
        <translation>初始化范围需要满足下限 &lt; 上限，输入的是 [{low}, {high})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the init range must lie within [{low}, {high}]</source>
        <translation>初始化范围必须位于 [{low}, {high}] 之内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weight scale k must be in [{low}, {high}], got {value}</source>
        <translation>权重缩放 k 必须在 [{low}, {high}] 之内，输入的是 {value}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>logits must be finite numbers within +-{limit}</source>
        <translation>logits 必须是 ±{limit} 以内的有限数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the logits vector needs 2 to {high} values, got {count}</source>
        <translation>logits 向量需要 2 到 {high} 个值，输入了 {count} 个</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+151"/>
        <source>a number in [{low}, {high}]</source>
        <translation>[{low}, {high}] 范围内的数</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>parameters &apos;{low_name}&apos; and &apos;{high_name}&apos; need {low_name} &lt;= {high_name}, got {low_name}={low}, {high_name}={high}</source>
        <translation>参数 &apos;{low_name}&apos; 和 &apos;{high_name}&apos; 需要满足 {low_name} &lt;= {high_name}，实际为 {low_name}={low}，{high_name}={high}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{activation} has no parameter {name} (valid: {valid})</source>
        <translation>{activation} 没有参数 {name}（可用的参数：{valid}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown activation {activation}; valid ids: {valid}</source>
        <translation>未知的激活函数 {activation}；可用的标识有：{valid}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>jacobian needs a non-empty 1-D vector, got shape {shape}</source>
        <translation>雅可比矩阵需要一个非空的一维向量，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glu splits the last axis into two halves and needs an even length there, got shape {shape}</source>
        <translation>glu 把最后一个轴分成两半，该轴长度必须为偶数，实际形状为 {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the softmax family needs at least one logit along the last axis</source>
        <translation>softmax 类函数在最后一个轴上至少需要一个 logit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the x range must be at least {width} wide, got [{low}, {high}]</source>
        <translation>x 范围的宽度至少为 {width}，输入的是 [{low}, {high}]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a sweep needs at least 2 frames, got {frames}</source>
        <translation>参数扫描至少需要 2 帧，当前为 {frames}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sweep needs finite ends, got {start} and {stop}</source>
        <translation>参数扫描的起点和终点必须是有限数，当前为 {start} 和 {stop}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a logarithmic sweep needs positive ends, got {start} and {stop}</source>
        <translation>对数扫描的起点和终点必须为正数，当前为 {start} 和 {stop}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activation} is not a vector (softmax-family) activation</source>
        <translation>{activation} 不是向量型（softmax 类）激活函数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the logits must be a non-empty vector of finite numbers</source>
        <translation>logits 必须是由有限数构成的非空向量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} must be an array of real numbers ({reason})</source>
        <translation>{name} 必须是实数数组（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be an array of real numbers, got dtype {dtype}</source>
        <translation>{name} 必须是实数数组，输入的数据类型是 {dtype}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>{name} must contain only finite numbers</source>
        <translation>{name} 只能包含有限数</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>weights must be a 2-D array (n_in, n_out), got shape {shape}</source>
        <translation>权重必须是二维数组 (n_in, n_out)，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bias must have shape ({n_out},) to match weights, got {shape}</source>
        <translation>偏置的形状必须是 ({n_out},) 才能与权重匹配，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{activation} halves its input, so a layer of {n_out} outputs cannot end in it; pick an elementwise or a softmax-family activation</source>
        <translation>{activation} 会把输入减半，所以有 {n_out} 个输出的层不能以它结尾；请选择逐元素激活函数或 softmax 族的激活函数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x must have shape (1, {n_in}) or ({n_in},), got {shape}</source>
        <translation>x 的形状必须是 (1, {n_in}) 或 ({n_in},)，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the init range needs two numbers, got [{low}, {high})</source>
        <translation>初始化范围需要两个数，输入的是 [{low}, {high})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the init range needs finite low &lt; high, got [{low}, {high})</source>
        <translation>初始化范围需要有限的下限 &lt; 上限，输入的是 [{low}, {high})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the init range [{low}, {high}) is too wide</source>
        <translation>初始化范围 [{low}, {high}) 太宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed must be None or a non-negative integer, got {value}</source>
        <translation>种子必须为空或非负整数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be an integer in [{low}, {high}], got {value}</source>
        <translation>{name} 必须是 [{low}, {high}] 之内的整数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>{name} must be an integer, got {value}</source>
        <translation>{name} 必须是整数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>{name} must be a number in [{low}, {high}], got {value}</source>
        <translation>{name} 必须是 [{low}, {high}] 之内的数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>种子必须是非负整数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown setting {name}; valid settings: {valid}</source>
        <translation>未知的设置 {name}；可用的设置有：{valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson {lesson}: variant {variant} must change exactly one setting</source>
        <translation>实验 {lesson}：变体 {variant} 必须恰好只改变一项设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown variant {variant}; valid: {valid}</source>
        <translation>未知的变体 {variant}；可用的有：{valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an experiment varies one of {valid}, not {setting}</source>
        <translation>实验只能改变 {valid} 之一，不能改变 {setting}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an experiment compares 2 to {high} different values, got {count}</source>
        <translation>实验比较 2 到 {high} 个不同的取值，收到 {count} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an experiment runs 1 to {high} seeds, got {count}</source>
        <translation>实验运行 1 到 {high} 个种子，收到 {count} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an experiment trains 1 to {high} epochs, got {epochs}</source>
        <translation>实验训练 1 到 {high} 轮，收到 {epochs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a value of {setting}</source>
        <translation>{value} 不是 {setting} 的有效取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown dataset {kind}; valid: {valid}</source>
        <translation>未知的数据集 {kind}；可用的有：{valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>a network has 0 to {high} hidden layers, got {count}</source>
        <translation>网络可以有 0 到 {high} 个隐藏层，输入的是 {count}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>need one activation per hidden layer: {layers} layers, {count} activations</source>
        <translation>每个隐藏层需要一个激活函数：共 {layers} 层，却有 {count} 个激活函数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{activation} is a vector activation; hidden layers need an elementwise one</source>
        <translation>{activation} 是向量型激活函数；隐藏层需要逐元素的激活函数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activation_params needs one mapping per hidden layer (or none at all)</source>
        <translation>activation_params 需要为每个隐藏层各给一组参数（或者完全不给）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown init {init}; valid: {valid}</source>
        <translation>未知的初始化方法 {init}；可用的有：{valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown optimizer {optimizer}; valid: {valid}</source>
        <translation>未知的优化器 {optimizer}；可用的有：{valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must have the shapes {expected} of the network, got {shape}</source>
        <translation>{name} 的形状必须与网络一致，为 {expected}，实际为 {shape}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must not hold negative numbers</source>
        <translation>{name} 不能包含负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the training history must run from epoch 0 to the current epoch {epoch} in rising epochs, with one value per epoch in each list, losses at least 0 and accuracies in [0, 1]</source>
        <translation>训练历史必须从第 0 轮按递增顺序记录到当前的第 {epoch} 轮，每个列表每轮一个值，损失不小于 0，准确率在 [0, 1] 之内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shuffled order must name each of the {count} training points once</source>
        <translation>打乱后的顺序必须恰好包含 {count} 个训练点中的每一个各一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the state of the shuffling generator is not a valid {kind} state</source>
        <translation>打乱顺序所用的随机数生成器状态不是有效的 {kind} 状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} must lie within ±{limit}, got {value}</source>
        <translation>{name} 必须在 ±{limit} 以内，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 必须是有限数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be in [{low}, {high}], got {value}</source>
        <translation>{name} 必须在 [{low}, {high}] 之内，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} entries must lie within ±{limit}</source>
        <translation>{name} 的元素必须在 ±{limit} 以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W must be an n_in x n_out matrix with 1 &lt;= n &lt;= {limit}, got shape {shape}</source>
        <translation>W 必须是 n_in x n_out 矩阵，且 1 &lt;= n &lt;= {limit}，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x must have shape (1, {n_in}) or ({n_in},) to match W, got {shape}</source>
        <translation>x 的形状必须是 (1, {n_in}) 或 ({n_in},) 才能与 W 匹配，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>b must have shape ({n_out},) to match W, got {shape}</source>
        <translation>b 的形状必须是 ({n_out},) 才能与 W 匹配，输入的形状是 {shape}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no explorer state to follow</source>
        <translation>没有可跟随的浏览器状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params given without an activation</source>
        <translation>给出了参数，却没有指定激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be one of {choices}, got {value}</source>
        <translation>{name} 必须是 {choices} 之一，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be True or False, got {value}</source>
        <translation>{name} 必须是 True 或 False，输入的是 {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{activation} has no edge of chaos with bias_std = {bias_std}: chi at the fixed point stays below 1 for every weight_std up to {limit}</source>
        <translation>{activation} 在 bias_std = {bias_std} 时没有混沌边缘：对所有不超过 {limit} 的 weight_std，不动点处的 chi 都小于 1</translation>
    </message>
</context>
<context>
    <name>file_errors</name>
    <message>
        <location filename="../../actgui/ui/file_errors.py" line="+39"/>
        <source>{name} is not allowed: every number must be finite</source>
        <translation>不允许使用 {name}：每个数都必须是有限的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key {key} appears twice</source>
        <translation>键 {key} 出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data is nested too deeply</source>
        <translation>数据嵌套太深</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is too large</source>
        <translation>{where} 太大了</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{where} must be a number, got {kind} {value}</source>
        <translation>{where} 必须是数字，文件中却是{kind} {value}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>超出了磁盘配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>输入/输出错误（磁盘可能有故障）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} must be finite, got {value}</source>
        <translation>{where} 必须是有限的数，文件中却是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must lie within ±{limit}, got {value}</source>
        <translation>{where} 必须在 ±{limit} 以内，文件中却是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a list of numbers, got {kind}</source>
        <translation>{name} 必须是由数字组成的列表，文件中却是{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must have 1 to {most} numbers, got {count}</source>
        <translation>{name} 必须有 1 到 {most} 个数，文件中有 {count} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be a non-empty list of rows</source>
        <translation>{name} 必须是非空的行列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must have at most {most} rows, got {count}</source>
        <translation>{name} 最多只能有 {most} 行，文件中有 {count} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>the rows of {name} must all have the same length</source>
        <translation>{name} 的各行长度必须相同</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the file must hold a JSON object, got {kind}</source>
        <translation>文件必须包含一个 JSON 对象，文件中却是{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown keys: {keys}</source>
        <translation>未知的键：{keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing keys: {keys}</source>
        <translation>缺少键：{keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an actgui layer file (“format” must be {expected}, got {got})</source>
        <translation>不是 actgui 的层文件（“format”必须是 {expected}，文件中却是 {got}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported version {got} (this actgui reads version {version})</source>
        <translation>不支持的版本 {got}（此版本的 actgui 只能读取第 {version} 版）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“activation” must be the id of an activation as a string, such as &apos;sigmoid&apos;</source>
        <translation>“activation”必须是以字符串表示的激活函数标识，例如 &apos;sigmoid&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown activation {activation}; valid ids: {valid}</source>
        <translation>未知的激活函数 {activation}；可用的标识有：{valid}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“params” must be an object of parameter values</source>
        <translation>“params”必须是由参数值组成的对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{activation} has no parameter {name} (valid: {valid})</source>
        <translation>{activation} 没有参数 {name}（可用的参数：{valid}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>x must have {rows} numbers, one per row of W, got {count}</source>
        <translation>x 必须有 {rows} 个数（W 的每一行对应一个），文件中有 {count} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b must have {columns} numbers, one per column of W, got {count}</source>
        <translation>b 必须有 {columns} 个数（W 的每一列对应一个），文件中有 {count} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is larger than {kb} kB</source>
        <translation>文件大于 {kb} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {mb} MB; layer files are at most {kb} kB</source>
        <translation>文件大小为 {mb} MB；层文件最大为 {kb} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (invalid UTF-8 at byte {byte})</source>
        <translation>不是文本文件（第 {byte} 字节处不是有效的 UTF-8 编码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>不是文本文件（其中含有空字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON at line {line}, column {column}: {reason}</source>
        <translation>JSON 格式错误，位于第 {line} 行第 {column} 列：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number in the file has too many digits</source>
        <translation>文件中有一个数的位数太多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the file: {reason}</source>
        <translation>无法打开文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: it is not a regular file (a folder, a device or a pipe)</source>
        <translation>无法读取文件：它不是普通文件（而是文件夹、设备或管道）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be {expected}, got {kind} {value}</source>
        <translation>{where} 必须是{expected}，实际是{kind} {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has {count} items, at most {most} are allowed</source>
        <translation>{where} 有 {count} 项，最多允许 {most} 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} must hold two numbers, got {count}</source>
        <translation>{where} 必须包含两个数，实际有 {count} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must have {layers} items, one per hidden layer, got {count}</source>
        <translation>{where} 必须有 {layers} 项（每个隐藏层一项），实际有 {count} 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} must name at least one activation</source>
        <translation>{where} 必须至少列出一个激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an actgui setup file (“format” must be {expected}, got {got})</source>
        <translation>不是 actgui 设置文件（“format” 必须是 {expected}，实际是 {got}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“version” must be a whole number from 1 to {version}, got {got}</source>
        <translation>“version” 必须是 1 到 {version} 之间的整数，实际是 {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this setup is format version {got}, from a newer actgui; this actgui reads format versions up to {version}: please update actgui</source>
        <translation>此设置文件的格式版本是 {got}，来自更新版本的 actgui；此版本的 actgui 最高只能读取格式版本 {version}：请更新 actgui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“language” must be a language code such as &apos;zh_CN&apos;, got {got}</source>
        <translation>“language” 必须是语言代码，例如 &apos;zh_CN&apos;，实际是 {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the setup is larger than {kb} kB</source>
        <translation>设置内容超过 {kb} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {mb} MB; setup files are at most {kb} kB</source>
        <translation>文件大小为 {mb} MB；设置文件最大为 {kb} kB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing key {keys}</source>
        <translation>缺少键 {keys}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value was expected</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key in double quotes was expected</source>
        <translation>此处应为用双引号括起来的键名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a comma was expected</source>
        <translation>此处应为逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon was expected</source>
        <translation>此处应为冒号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more text follows the end of the data</source>
        <translation>数据结束后还有多余的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string is not closed</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second byte order mark</source>
        <translation>多了一个字节顺序标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>an invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {target}: not a file name</source>
        <translation>无法写入 {target}：这不是文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {target}: it is a folder</source>
        <translation>无法写入 {target}：这是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation>无法写入 {target}：{folder} 是文件，不是文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>无法写入 {target}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {target}: no permission to write in {folder}</source>
        <translation>无法写入 {target}：没有在 {folder} 中写入的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {target}: the existing file is read-only</source>
        <translation>无法写入 {target}：现有文件是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cannot write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the view to export has no size yet (it is hidden or not laid out)</source>
        <translation>要导出的视图还没有大小（它被隐藏了，或尚未完成布局）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {width}x{height} image is too large (at most {most} pixels a side)</source>
        <translation>{width}x{height} 的图像太大（每边最多 {most} 像素）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough memory for a {width}x{height} image</source>
        <translation>内存不足，无法创建 {width}x{height} 的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not encode the image as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot record to {name}: use a .gif, .apng, .webp or .mp4 file name, not {suffix}</source>
        <translation>无法录制到 {name}：请使用 .gif、.apng、.webp 或 .mp4 文件名，而不是 {suffix}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot record to {name}: an animated PNG is .apng (or use .gif, .webp or .mp4)</source>
        <translation>无法录制到 {name}：动画 PNG 的扩展名是 .apng（也可用 .gif、.webp 或 .mp4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot record to {name}: the name needs an extension, .gif, .apng, .webp or .mp4</source>
        <translation>无法录制到 {name}：文件名需要扩展名：.gif、.apng、.webp 或 .mp4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MP4 needs PyAV, which is not installed: pip install &quot;actgui[video]&quot;</source>
        <translation>MP4 需要 PyAV，但尚未安装：pip install &quot;actgui[video]&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training figure needs at least {least} pixels, got {size}</source>
        <translation>训练图至少需要 {least} 像素，实际为 {size}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>system error {code}: {reason}</source>
        <translation>系统错误 {code}：{reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation>JSON 格式错误，位于第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{activation} has no parameters, so not {name} either</source>
        <translation>{activation} 没有任何参数，因此也没有 {name}</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <location filename="../../actgui/export/gallery_figure.py" line="+98"/>
        <source>|f′(x)| &lt; 1% of its peak</source>
        <translation>|f′(x)| 小于其峰值的 1%</translation>
    </message>
    <message>
        <location filename="../../actgui/export/gallery_page.py" line="+56"/>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>取值范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bounded</source>
        <translation>有界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smooth</source>
        <translation>光滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero-centred</source>
        <translation>以零为中心</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plotted: the first output for the logits (x, 0).</source>
        <translation>图中绘制的是 logits 为 (x, 0) 时的第一个输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plotted: a · g(b) along b for a = 1 (the gate itself), and its derivative in b.</source>
        <translation>图中画的是 a = 1 时 a · g(b) 随 b 的变化（即门函数本身），以及它对 b 的导数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot of {name}</source>
        <translation>{name}的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output range</source>
        <translation>值域</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every activation function in actgui: its curve, its derivative and when to use it.</source>
        <translation>actgui 中的全部激活函数：它们的曲线、导数以及适用场合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solid: the function f(x). Dashed: its derivative f′(x). Shaded: where the gradient nearly vanishes.</source>
        <translation>实线：函数 f(x)。虚线：导数 f′(x)。阴影：梯度几乎消失的区域。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made with actgui {version} on {date}.</source>
        <translation>由 actgui {version} 于 {date} 生成。</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../build/translations/model_strings.py" line="+6"/>
        <source>Classic</source>
        <translation>经典函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectifiers</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>整流函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smooth rectifiers</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>平滑整流函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piecewise linear</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>分段线性函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrinkage</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>收缩函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-class outputs</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>多分类输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gated linear units</source>
        <extracomment>Category of activation functions</extracomment>
        <translation>门控线性单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounded</source>
        <extracomment>Property of an activation: its output range is bounded</extracomment>
        <translation>有界</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monotonic</source>
        <extracomment>Property of an activation: it never decreases</extracomment>
        <translation>单调</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smooth</source>
        <extracomment>Property of an activation: it is continuously differentiable</extracomment>
        <translation>光滑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero-centred</source>
        <extracomment>Property of an activation: its outputs are centred on zero</extracomment>
        <translation>以零为中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output range</source>
        <extracomment>The set of values an activation can output</extracomment>
        <translation>值域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigmoid</source>
        <extracomment>Name of the activation &apos;sigmoid&apos;; keep the usual English name in it</extracomment>
        <translation>Sigmoid 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU</source>
        <extracomment>Name of the activation &apos;relu&apos;; keep the usual English name in it</extracomment>
        <translation>ReLU（修正线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanh</source>
        <extracomment>Name of the activation &apos;tanh&apos;; keep the usual English name in it</extracomment>
        <translation>Tanh（双曲正切）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax</source>
        <extracomment>Name of the activation &apos;softmax&apos;; keep the usual English name in it</extracomment>
        <translation>Softmax（归一化指数函数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaky ReLU</source>
        <extracomment>Name of the activation &apos;leaky_relu&apos;; keep the usual English name in it</extracomment>
        <translation>Leaky ReLU（带泄漏的 ReLU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear (identity)</source>
        <extracomment>Name of the activation &apos;linear&apos;; keep the usual English name in it</extracomment>
        <translation>线性（恒等）函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step (Heaviside)</source>
        <extracomment>Name of the activation &apos;step&apos;; keep the usual English name in it</extracomment>
        <translation>阶跃函数（Heaviside）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ELU</source>
        <extracomment>Name of the activation &apos;elu&apos;; keep the usual English name in it</extracomment>
        <translation>ELU（指数线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELU</source>
        <extracomment>Name of the activation &apos;selu&apos;; keep the usual English name in it</extracomment>
        <translation>SELU（缩放指数线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CELU</source>
        <extracomment>Name of the activation &apos;celu&apos;; keep the usual English name in it</extracomment>
        <translation>CELU（连续可微指数线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GELU</source>
        <extracomment>Name of the activation &apos;gelu&apos;; keep the usual English name in it</extracomment>
        <translation>GELU（高斯误差线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SiLU (Swish)</source>
        <extracomment>Name of the activation &apos;silu&apos;; keep the usual English name in it</extracomment>
        <translation>SiLU（Swish 函数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mish</source>
        <extracomment>Name of the activation &apos;mish&apos;; keep the usual English name in it</extracomment>
        <translation>Mish 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softplus</source>
        <extracomment>Name of the activation &apos;softplus&apos;; keep the usual English name in it</extracomment>
        <translation>Softplus 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softsign</source>
        <extracomment>Name of the activation &apos;softsign&apos;; keep the usual English name in it</extracomment>
        <translation>Softsign 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardtanh</source>
        <extracomment>Name of the activation &apos;hardtanh&apos;; keep the usual English name in it</extracomment>
        <translation>Hardtanh（硬双曲正切）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU6</source>
        <extracomment>Name of the activation &apos;relu6&apos;; keep the usual English name in it</extracomment>
        <translation>ReLU6（上限为 6 的 ReLU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard sigmoid</source>
        <extracomment>Name of the activation &apos;hardsigmoid&apos;; keep the usual English name in it</extracomment>
        <translation>Hard Sigmoid（硬 Sigmoid）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard swish</source>
        <extracomment>Name of the activation &apos;hardswish&apos;; keep the usual English name in it</extracomment>
        <translation>Hard Swish（硬 Swish）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log-sigmoid</source>
        <extracomment>Name of the activation &apos;logsigmoid&apos;; keep the usual English name in it</extracomment>
        <translation>LogSigmoid（对数 Sigmoid）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanhshrink</source>
        <extracomment>Name of the activation &apos;tanhshrink&apos;; keep the usual English name in it</extracomment>
        <translation>Tanhshrink（tanh 收缩）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softshrink</source>
        <extracomment>Name of the activation &apos;softshrink&apos;; keep the usual English name in it</extracomment>
        <translation>Softshrink（软阈值收缩）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardshrink</source>
        <extracomment>Name of the activation &apos;hardshrink&apos;; keep the usual English name in it</extracomment>
        <translation>Hardshrink（硬阈值收缩）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PReLU</source>
        <extracomment>Name of the activation &apos;prelu&apos;; keep the usual English name in it</extracomment>
        <translation>PReLU（参数化 ReLU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log-softmax</source>
        <extracomment>Name of the activation &apos;log_softmax&apos;; keep the usual English name in it</extracomment>
        <translation>LogSoftmax（对数 Softmax）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmin</source>
        <extracomment>Name of the activation &apos;softmin&apos;; keep the usual English name in it</extracomment>
        <translation>Softmin 函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RReLU</source>
        <extracomment>Name of the activation &apos;rrelu&apos;; keep the usual English name in it</extracomment>
        <translation>RReLU（随机化 Leaky ReLU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <extracomment>Name of the activation &apos;threshold&apos;; keep the usual English name in it</extracomment>
        <translation>Threshold（阈值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponential</source>
        <extracomment>Name of the activation &apos;exponential&apos;; keep the usual English name in it</extracomment>
        <translation>Exponential（指数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Squareplus</source>
        <extracomment>Name of the activation &apos;squareplus&apos;; keep the usual English name in it</extracomment>
        <translation>Squareplus（平方根型 softplus）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparse plus</source>
        <extracomment>Name of the activation &apos;sparse_plus&apos;; keep the usual English name in it</extracomment>
        <translation>Sparse plus（稀疏 softplus）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparse sigmoid</source>
        <extracomment>Name of the activation &apos;sparse_sigmoid&apos;; keep the usual English name in it</extracomment>
        <translation>Sparse sigmoid（稀疏 sigmoid）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparsemax</source>
        <extracomment>Name of the activation &apos;sparsemax&apos;; keep the usual English name in it</extracomment>
        <translation>Sparsemax（稀疏 softmax）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gumbel-softmax</source>
        <extracomment>Name of the activation &apos;gumbel_softmax&apos;; keep the usual English name in it</extracomment>
        <translation>Gumbel-softmax（Gumbel 采样 softmax）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLU</source>
        <extracomment>Name of the activation &apos;glu&apos;; keep the usual English name in it</extracomment>
        <translation>GLU（门控线性单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides the logits before normalising: high T flattens, low T sharpens.</source>
        <extracomment>Tooltip of the parameter &apos;temperature&apos; of &apos;softmax&apos;</extracomment>
        <translation>归一化之前先用它除以 logits：T 越大分布越平坦，T 越小分布越尖锐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slope for negative inputs.</source>
        <extracomment>Tooltip of the parameter &apos;negative_slope&apos; of &apos;leaky_relu&apos;</extracomment>
        <translation>输入为负时的斜率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value approached for x -&gt; -inf is -alpha.</source>
        <extracomment>Tooltip of the parameter &apos;alpha&apos; of &apos;elu&apos;</extracomment>
        <translation>x → -∞ 时函数趋近于 -alpha。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale of the negative part; must be positive.</source>
        <extracomment>Tooltip of the parameter &apos;alpha&apos; of &apos;celu&apos;</extracomment>
        <translation>负半轴部分的尺度，必须为正数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;none&apos; uses the exact Gaussian CDF; &apos;tanh&apos; the faster approximation.</source>
        <extracomment>Tooltip of the parameter &apos;approximate&apos; of &apos;gelu&apos;</extracomment>
        <translation>&apos;none&apos; 使用精确的高斯累积分布函数；&apos;tanh&apos; 使用更快的近似公式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpness: large beta approaches ReLU.</source>
        <extracomment>Tooltip of the parameter &apos;beta&apos; of &apos;softplus&apos;</extracomment>
        <translation>陡峭程度：beta 越大越接近 ReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above beta*x &gt; threshold the function is linear.</source>
        <extracomment>Tooltip of the parameter &apos;threshold&apos; of &apos;softplus&apos;</extracomment>
        <translation>当 beta*x &gt; threshold 时，函数直接取线性部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower limit; must be below max_val.</source>
        <extracomment>Tooltip of the parameter &apos;min_val&apos; of &apos;hardtanh&apos;</extracomment>
        <translation>下限，必须小于 max_val。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper limit; must be above min_val.</source>
        <extracomment>Tooltip of the parameter &apos;max_val&apos; of &apos;hardtanh&apos;</extracomment>
        <translation>上限，必须大于 min_val。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-width of the dead zone.</source>
        <extracomment>Tooltip of the parameter &apos;lambd&apos; of &apos;softshrink&apos;</extracomment>
        <translation>死区的半宽度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The negative slope (learned during training).</source>
        <extracomment>Tooltip of the parameter &apos;weight&apos; of &apos;prelu&apos;</extracomment>
        <translation>负半轴的斜率（在训练中学习得到）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest negative slope drawn in training.</source>
        <extracomment>Tooltip of the parameter &apos;lower&apos; of &apos;rrelu&apos;</extracomment>
        <translation>训练时抽取的最小负半轴斜率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest negative slope drawn in training.</source>
        <extracomment>Tooltip of the parameter &apos;upper&apos; of &apos;rrelu&apos;</extracomment>
        <translation>训练时抽取的最大负半轴斜率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs at or below it are replaced.</source>
        <extracomment>Tooltip of the parameter &apos;threshold&apos; of &apos;threshold&apos;</extracomment>
        <translation>小于或等于它的输入会被替换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What replaces inputs at or below the threshold.</source>
        <extracomment>Tooltip of the parameter &apos;value&apos; of &apos;threshold&apos;</extracomment>
        <translation>用来替换小于或等于阈值的输入的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curvature near 0: b = 0 gives ReLU.</source>
        <extracomment>Tooltip of the parameter &apos;b&apos; of &apos;squareplus&apos;</extracomment>
        <translation>0 附近的弯曲程度：b = 0 时就是 ReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature: low tau gives nearly one-hot samples, high tau nearly uniform ones.</source>
        <extracomment>Tooltip of the parameter &apos;tau&apos; of &apos;gumbel_softmax&apos;</extracomment>
        <translation>温度：tau 越小，样本越接近 one-hot；tau 越大，越接近均匀分布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True returns the one-hot of the sample (gradients still flow as if soft).</source>
        <extracomment>Tooltip of the parameter &apos;hard&apos; of &apos;gumbel_softmax&apos;</extracomment>
        <translation>为 True 时返回样本的 one-hot（梯度仍按软样本传递）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random Gumbel draws.</source>
        <extracomment>Tooltip of the parameter &apos;seed&apos; of &apos;gumbel_softmax&apos;</extracomment>
        <translation>Gumbel 随机抽样的种子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>g applied to the second half: sigmoid (GLU), silu (SwiGLU), gelu (GEGLU), relu (ReGLU), identity (bilinear).</source>
        <extracomment>Tooltip of the parameter &apos;gate&apos; of &apos;glu&apos;</extracomment>
        <translation>作用在后一半上的 g：sigmoid（GLU）、silu（SwiGLU）、gelu（GEGLU）、relu（ReGLU）、identity（双线性）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Squashes any input into (0, 1), so it reads as a probability: use it on the output of a binary classifier (with binary cross-entropy) and in gates of LSTMs/GRUs. Avoid it in deep hidden layers: its derivative is at most 0.25 and vanishes for |x| &gt; 5, so gradients shrink layer by layer, and its outputs are not zero-centred.</source>
        <extracomment>Teaching note on the activation &apos;sigmoid&apos;</extracomment>
        <translation>把任意输入压缩到 (0, 1) 区间，因此输出可以解读为概率：适合用在二分类模型的输出层（配合二元交叉熵损失），以及 LSTM/GRU 的门控单元中。不要在深层网络的隐藏层中使用它：它的导数最大只有 0.25，在 |x| &gt; 5 时几乎为零，梯度会逐层衰减；而且它的输出不以零为中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default for hidden layers of feed-forward and convolutional networks: cheap, and its derivative is exactly 1 for positive inputs, so the activation itself never shrinks an active unit&apos;s gradient (sigmoid&apos;s derivative is at most 0.25). Whether the gradient survives many layers still depends on the weights: with He initialisation its size is kept from layer to layer, with too small or too large weights it vanishes or explodes. A unit whose input stays negative gets zero gradient and can &apos;die&apos;; Leaky ReLU or ELU avoid that. Use He initialisation with it. The derivative at 0 is taken as 0, as PyTorch and TensorFlow do.</source>
        <extracomment>Teaching note on the activation &apos;relu&apos;</extracomment>
        <translation>前馈网络和卷积网络隐藏层的默认选择：计算开销小，并且输入为正时导数恰好为 1，所以激活函数本身不会缩小处于激活状态的神经元的梯度（sigmoid 的导数最多只有 0.25）。但梯度能否穿过很多层仍取决于权重：使用 He 初始化时，梯度的大小逐层保持；权重过小或过大时，梯度会消失或爆炸。如果某个神经元的输入一直为负，它的梯度始终为零，就可能“死亡”；Leaky ReLU 或 ELU 可以避免这一问题。搭配 He 初始化使用。与 PyTorch 和 TensorFlow 一致，这里取 0 处的导数为 0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turns a vector of logits into a probability distribution over classes: the output layer of a multi-class classifier, trained with cross-entropy (which frameworks fuse with log-softmax for stability). Inside networks it weights the values in Transformer attention and picks the experts in mixture-of-experts layers, though never as an elementwise hidden activation; it has nothing to do with &apos;noisy data&apos;. Adding a constant to all logits changes nothing; the temperature T sharpens (T &lt; 1) or flattens (T &gt; 1) the distribution.</source>
        <extracomment>Teaching note on the activation &apos;softmax&apos;</extracomment>
        <translation>把一个 logits 向量变成各类别上的概率分布：用于多分类模型的输出层，配合交叉熵损失训练（为了数值稳定，深度学习框架会把交叉熵与 log-softmax 合并计算）。在网络内部，它在 Transformer 的注意力中为各个值分配权重，在混合专家（MoE）层中选择专家，但从不作为逐元素的隐藏层激活函数；它也与“噪声数据”毫无关系。所有 logits 同时加上一个常数，结果不变；温度 T 会让分布变得更尖锐（T &lt; 1）或更平坦（T &gt; 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU with a small slope for negative inputs, so no unit ever has a zero gradient and none can die. A drop-in replacement for ReLU when many units go dead (large learning rates, GANs). Default slopes differ: 0.01 in PyTorch, 0.3 in keras.layers.LeakyReLU, 0.2 in keras.activations.leaky_relu and tf.nn.leaky_relu. At slope 1 it is the identity.</source>
        <extracomment>Teaching note on the activation &apos;leaky_relu&apos;</extracomment>
        <translation>在输入为负时保留一个很小斜率的 ReLU，因此任何神经元的梯度都不会为零，也就不会“死亡”。当大量神经元死亡时（学习率较大、GAN 等），可以直接用它替换 ReLU。各框架的默认斜率不同：PyTorch 为 0.01，keras.layers.LeakyReLU 为 0.3，keras.activations.leaky_relu 和 tf.nn.leaky_relu 为 0.2。斜率为 1 时它就是恒等函数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exponential Linear Unit: like ReLU for positive inputs, but saturates smoothly to -alpha for negative ones, which pushes mean activations towards zero and keeps a gradient for negative inputs. Continuously differentiable only at alpha = 1 (for other alpha the slope jumps from alpha to 1 at 0). A little more expensive than ReLU (an exponential).</source>
        <extracomment>Teaching note on the activation &apos;elu&apos;</extracomment>
        <translation>指数线性单元：输入为正时与 ReLU 相同，输入为负时平滑地饱和到 -alpha。这使激活值的均值更接近零，并且负输入也保有梯度。只有 alpha = 1 时才连续可微（其他 alpha 下，斜率在 0 处从 alpha 跳到 1）。计算开销比 ReLU 略大（需要计算一次指数）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gaussian Error Linear Unit: weights each input by the probability that a standard normal variable is below it. The activation of BERT, GPT-2 and the Vision Transformer; LLaMA-style language models use SwiGLU (a gated unit built from SiLU) instead. Smooth and slightly non-monotonic: it falls to a minimum of about -0.17 at x = -0.75. approximate=&apos;tanh&apos; is the faster formula used by the original GPT-2 code.</source>
        <extracomment>Teaching note on the activation &apos;gelu&apos;</extracomment>
        <translation>高斯误差线性单元：用“标准正态随机变量小于该输入”的概率对每个输入加权。BERT、GPT-2 和 Vision Transformer（ViT）使用这个激活函数；LLaMA 一类的语言模型则改用 SwiGLU（由 SiLU 构成的门控单元）。它光滑，且略微非单调：在 x = -0.75 处降到最小值约 -0.17。approximate=&apos;tanh&apos; 是原始 GPT-2 代码中使用的更快的近似公式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A smooth ReLU whose derivative is the sigmoid. Used where an output must be positive (a variance or a rate) rather than as a hidden activation. For beta * x above the threshold PyTorch returns x itself, for stability; that leaves a small downward jump of log(1 + e^-threshold) / beta there (2e-9 at the defaults, visible for small thresholds). Keras&apos;s softplus has no beta (beta = 1).</source>
        <extracomment>Teaching note on the activation &apos;softplus&apos;</extracomment>
        <translation>平滑版的 ReLU，它的导数正是 sigmoid。常用于输出必须为正的场合（如方差或速率），而不是作为隐藏层激活函数。为了数值稳定，当 beta * x 超过阈值时，PyTorch 直接返回 x 本身；这会在该处留下一个大小为 log(1 + e^-threshold) / beta 的微小向下跳变（默认参数下为 2e-9，阈值较小时肉眼可见）。Keras 的 softplus 没有 beta 参数（即 beta = 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like tanh but approaches its bounds polynomially rather than exponentially, so it saturates more slowly. Rarely used today; of historical interest as a cheaper tanh. Continuously differentiable: only its second derivative jumps at 0.</source>
        <extracomment>Teaching note on the activation &apos;softsign&apos;</extracomment>
        <translation>与 tanh 相似，但以多项式速度而不是指数速度趋近上下界，因此饱和得更慢。如今已很少使用；作为计算更便宜的 tanh 替代品，具有一定的历史意义。它连续可微：只有二阶导数在 0 处跳变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A piecewise-linear tanh: identity between the limits, constant outside. Cheap, used in quantised and low-power networks. Its gradient is exactly 0 outside [a, b], a hard form of saturation. Zero-centred only when a = -b.</source>
        <extracomment>Teaching note on the activation &apos;hardtanh&apos;</extracomment>
        <translation>分段线性的 tanh：在上下限之间是恒等函数，在区间外为常数。计算便宜，用于量化网络和低功耗网络。在 [a, b] 之外梯度恰好为 0，是一种“硬”饱和。只有 a = -b 时才是零中心的。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hard thresholding: keeps values larger than lambda in magnitude unchanged and sets the rest to zero. It never decreases, but it jumps at +-lambda, which makes it a poor hidden activation. Used in sparse coding and wavelet denoising.</source>
        <extracomment>Teaching note on the activation &apos;hardshrink&apos;</extracomment>
        <translation>硬阈值：绝对值大于 lambda 的值保持不变，其余的值置零。它从不下降，但在 ±lambda 处有跳变，因此不适合用作隐藏层激活函数。用于稀疏编码和小波去噪。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Randomized Leaky ReLU: during training every negative input gets its own slope, drawn uniformly from [lower, upper] (the shaded band); in evaluation it is a Leaky ReLU with the mean slope (lower + upper) / 2, the curve drawn. The random slopes act as a regulariser. PyTorch&apos;s defaults are lower = 1/8 and upper = 1/3; Keras has no RReLU.</source>
        <extracomment>Teaching note on the activation &apos;rrelu&apos;</extracomment>
        <translation>随机化的 Leaky ReLU：训练时每个负输入都有自己的斜率，从 [lower, upper] 中均匀抽取（阴影带）；评估时它是斜率取平均值 (lower + upper) / 2 的 Leaky ReLU，也就是图中画出的曲线。随机斜率起到正则化的作用。PyTorch 的默认值为 lower = 1/8、upper = 1/3；Keras 没有 RReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps x above the threshold and replaces everything else by a constant value; with threshold = value = 0 it is ReLU. It jumps at the threshold unless value = threshold, and it decreases there when value &gt; threshold. PyTorch calls it F.threshold(x, threshold, value); Keras 3 calls it keras.activations.threshold(x, threshold, default_value). Neither has defaults.</source>
        <extracomment>Teaching note on the activation &apos;threshold&apos;</extracomment>
        <translation>大于阈值的 x 保持不变，其余的都换成一个常数；threshold = value = 0 时就是 ReLU。除非 value = threshold，它在阈值处会跳变；当 value &gt; threshold 时，它在那里是下降的。PyTorch 写作 F.threshold(x, threshold, value)，Keras 3 写作 keras.activations.threshold(x, threshold, default_value)，两者都没有默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e to the x: positive and its own derivative. Not a hidden-layer activation (it explodes for large inputs, overflowing to infinity above x = 709.78 in float64); used as an output for a positive quantity such as a rate or a scale, often on a log-parameterised output. Keras calls it keras.activations.exponential; in PyTorch it is torch.exp.</source>
        <extracomment>Teaching note on the activation &apos;exponential&apos;</extracomment>
        <translation>e 的 x 次方：恒为正，而且导数就是它自己。它不适合作隐藏层激活（输入大时会爆炸，在 float64 中 x 超过 709.78 就溢出为无穷大）；常用作正值量（如速率或尺度）的输出，通常配合对数参数化的输出。Keras 中是 keras.activations.exponential，PyTorch 中是 torch.exp。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A softplus-like smooth ReLU made only of a square root (Barron, 2021), with no exp or log, so it is cheap; b sets the curvature near 0 and b = 0 is exactly ReLU (no longer smooth). squareplus(0) = sqrt(b) / 2. Keras 3&apos;s keras.activations.squareplus (default b = 4); PyTorch has no such function.</source>
        <extracomment>Teaching note on the activation &apos;squareplus&apos;</extracomment>
        <translation>一种类似 softplus 的平滑 ReLU，只用一个平方根构成（Barron，2021），没有 exp 和 log，所以计算便宜；b 决定 0 附近的弯曲程度，b = 0 时正好是 ReLU（不再平滑）。squareplus(0) = sqrt(b) / 2。它是 Keras 3 的 keras.activations.squareplus（默认 b = 4）；PyTorch 没有这个函数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A softplus made of pieces: exactly 0 below -1, exactly x above 1 and a parabola between, so its derivative is continuous but its second derivative jumps at +-1. Unlike softplus it gives exact zeros (sparse outputs). It is Keras 3&apos;s keras.activations.sparse_plus, from the sparsemax / Fenchel-Young loss literature; PyTorch has no such function.</source>
        <extracomment>Teaching note on the activation &apos;sparse_plus&apos;</extracomment>
        <translation>分段构成的 softplus：小于 -1 时恰为 0，大于 1 时恰为 x，中间是一段抛物线，因此导数连续，但二阶导数在 ±1 处跳变。与 softplus 不同，它会给出精确的 0（稀疏输出）。它是 Keras 3 的 keras.activations.sparse_plus，来自 sparsemax / Fenchel-Young 损失的相关文献；PyTorch 没有这个函数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The derivative of sparse plus: a sigmoid made of three straight pieces that reaches exactly 0 and 1 at -1 and 1. It is the two-class case of sparsemax: sparsemax((x, 0)) = (sparse_sigmoid(x), sparse_sigmoid(-x)). Keras 3&apos;s keras.activations.sparse_sigmoid; PyTorch has no such function. The derivative at the corners is taken as 0, as Keras&apos;s TensorFlow and PyTorch backends differentiate it (their where() picks the constant piece there); under JAX, whose clip splits the gradient, it is 1/4.</source>
        <extracomment>Teaching note on the activation &apos;sparse_sigmoid&apos;</extracomment>
        <translation>sparse plus 的导数：由三段直线组成的 sigmoid，在 -1 和 1 处恰好达到 0 和 1。它是 sparsemax 的二分类情形：sparsemax((x, 0)) = (sparse_sigmoid(x), sparse_sigmoid(-x))。它是 Keras 3 的 keras.activations.sparse_sigmoid；PyTorch 没有这个函数。拐角处的导数取 0，与 Keras 的 TensorFlow 和 PyTorch 后端求导的结果一致（那里的 where() 选中常数段）；在 JAX 下，clip 会平分梯度，结果是 1/4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like softmax it maps logits to probabilities, but as the closest point of the probability simplex (a Euclidean projection), so logits far below the top get exactly 0: sparse outputs, for attention that ignores most items or multi-label outputs. The derivative is piecewise constant: 1 - 1/|S| on the support S, 0 elsewhere. Keras 3.15&apos;s keras.activations.sparsemax is wrong whenever more than one logit is in the support (it sums all the partial sums of the sorted logits where it needs the last one; keras-team/keras#23425, fixed upstream after that release): its outputs need not even sum to 1. actgui computes the true projection. PyTorch has no sparsemax.</source>
        <extracomment>Teaching note on the activation &apos;sparsemax&apos;</extracomment>
        <translation>和 softmax 一样，它把 logits 映射成概率，但取的是概率单纯形上离 logits 最近的点（欧氏投影），因此远低于最大值的 logit 会得到精确的 0：输出是稀疏的，适用于忽略大多数条目的注意力或多标签输出。导数是分段常数：在支撑集 S 上为 1 - 1/|S|，其他地方为 0。只要支撑集中有不止一个 logit，Keras 3.15 的 keras.activations.sparsemax 就会算错（它把排序后 logits 的所有部分和加在一起，而应该只用最后一个；见 keras-team/keras#23425，该版本之后已在上游修复）：它的输出甚至不一定加起来等于 1。actgui 计算的是真正的投影。PyTorch 没有 sparsemax。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random activation: adds Gumbel noise to the logits and takes a softmax at temperature tau. The argmax of z + g is a sample from softmax(z) (the Gumbel-max trick), and the softmax makes that sample differentiable, so a network can learn through a discrete choice (Jang et al. and Maddison et al., 2017). As tau falls the samples approach one-hot vectors and their gradients grow noisy. hard = True gives the one-hot itself with the soft sample&apos;s gradient (straight-through). Each seed is one draw; the average of many soft draws is not softmax(z / tau). PyTorch&apos;s F.gumbel_softmax; Keras has none.</source>
        <extracomment>Teaching note on the activation &apos;gumbel_softmax&apos;</extracomment>
        <translation>一个随机的激活函数：给 logits 加上 Gumbel 噪声，再在温度 tau 下做 softmax。z + g 的 argmax 是来自 softmax(z) 的一个样本（Gumbel-max 技巧），而 softmax 让这个样本可微，于是网络可以穿过离散选择进行学习（Jang 等人与 Maddison 等人，2017）。tau 越小，样本越接近 one-hot 向量，梯度的噪声也越大。hard = True 直接给出 one-hot，梯度则取软样本的梯度（直通估计）。每个种子对应一次抽样；许多次软抽样的平均并不等于 softmax(z / tau)。它是 PyTorch 的 F.gumbel_softmax；Keras 没有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gated linear unit splits its input in two halves, a and b, and lets g(b) decide how much of a passes: the output has half the length. With the sigmoid gate it is the GLU of Dauphin et al. (2017), torch&apos;s F.glu and Keras&apos;s keras.activations.glu. Its variants gate the feed-forward layers of most current language models: SwiGLU (silu gate) in PaLM, LLaMA, Mistral and Qwen; GEGLU (gelu gate) in T5 v1.1 and Gemma; ReGLU (relu gate) and the bilinear unit (no gate) were compared by Shazeer (2020). The view shows a * g(b) over the (a, b) plane and its curve along b for a chosen a.</source>
        <extracomment>Teaching note on the activation &apos;glu&apos;</extracomment>
        <translation>门控线性单元把输入分成前后两半 a 和 b，由 g(b) 决定 a 能通过多少：输出长度减半。用 sigmoid 门控时，它就是 Dauphin 等人（2017）的 GLU，即 torch 的 F.glu 和 Keras 的 keras.activations.glu。它的变体是当今大多数语言模型前馈层中的门控：SwiGLU（silu 门控）用于 PaLM、LLaMA、Mistral 和 Qwen；GEGLU（gelu 门控）用于 T5 v1.1 和 Gemma；ReGLU（relu 门控）和双线性单元（无门控）由 Shazeer（2020）做过比较。视图显示 a * g(b) 在 (a, b) 平面上的取值，以及在所选 a 处沿 b 的曲线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer&apos;s default (0.3) is not the function&apos;s (0.2).</source>
        <extracomment>Note on the call keras.layers.LeakyReLU() of &apos;leaky_relu&apos;; keep code names as they are</extracomment>
        <translation>这个层的默认值（0.3）与函数的默认值（0.2）不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keras has no step activation; this expression is it.</source>
        <extracomment>Note on the call keras.ops.where(x &gt;= 0, 1.0, 0.0) of &apos;step&apos;; keep code names as they are</extracomment>
        <translation>Keras 没有阶跃激活函数；这个表达式就是它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alpha is fixed at 1.</source>
        <extracomment>Note on the call tf.nn.elu(x) of &apos;elu&apos;; keep code names as they are</extracomment>
        <translation>alpha 固定为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keras.ops.gelu defaults to the tanh approximation; keras.activations.gelu to the exact form.</source>
        <extracomment>Note on the call keras.ops.gelu(x) of &apos;gelu&apos;; keep code names as they are</extracomment>
        <translation>keras.ops.gelu 默认使用 tanh 近似；keras.activations.gelu 默认使用精确形式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log(1 + exp(x)) with no switch to x for large inputs (beta = 1).</source>
        <extracomment>Note on the call keras.activations.softplus(x) of &apos;softplus&apos;; keep code names as they are</extracomment>
        <translation>log(1 + exp(x))，输入大时不会切换为 x（beta = 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No beta and no switch to x for large inputs.</source>
        <extracomment>Note on the call tf.math.softplus(x) of &apos;softplus&apos;; keep code names as they are</extracomment>
        <translation>没有 beta，输入大时也不会切换为 x。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its limits are fixed at -1 and 1; keras.ops.clip(x, a, b) gives other limits.</source>
        <extracomment>Note on the call keras.activations.hard_tanh(x) of &apos;hardtanh&apos;; keep code names as they are</extracomment>
        <translation>它的上下限固定为 -1 和 1；要用其他上下限，请用 keras.ops.clip(x, a, b)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keras 3: relu6(x + 3) / 6, as PyTorch.</source>
        <extracomment>Note on the call keras.activations.hard_sigmoid(x) of &apos;hardsigmoid&apos;; keep code names as they are</extracomment>
        <translation>Keras 3：relu6(x + 3) / 6，与 PyTorch 相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorFlow up to 2.15 (Keras 2): clip(0.2 x + 0.5, 0, 1), a slope of 0.2, not 1/6; from 2.16 tf.keras is Keras 3 and matches PyTorch.</source>
        <extracomment>Note on the call tf.keras.activations.hard_sigmoid(x) of &apos;hardsigmoid&apos;; keep code names as they are</extracomment>
        <translation>TensorFlow 2.15 及更早版本（Keras 2）：clip(0.2 x + 0.5, 0, 1)，斜率是 0.2 而不是 1/6；从 2.16 起 tf.keras 就是 Keras 3，与 PyTorch 一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also spelled keras.activations.hard_swish.</source>
        <extracomment>Note on the call keras.activations.hard_silu(x) of &apos;hardswish&apos;; keep code names as they are</extracomment>
        <translation>也可以写作 keras.activations.hard_swish。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch&apos;s lambd is Keras&apos;s threshold.</source>
        <extracomment>Note on the call keras.activations.soft_shrink(x) of &apos;softshrink&apos;; keep code names as they are</extracomment>
        <translation>PyTorch 的 lambd 就是 Keras 的 threshold。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slope is learned; 0.25 is where it starts.</source>
        <extracomment>Note on the call torch.nn.PReLU() of &apos;prelu&apos;; keep code names as they are</extracomment>
        <translation>斜率是学出来的；0.25 是它的初始值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slope is learned and starts at 0, so the untrained layer is a ReLU.</source>
        <extracomment>Note on the call keras.layers.PReLU() of &apos;prelu&apos;; keep code names as they are</extracomment>
        <translation>斜率是学出来的，初始值为 0，所以未经训练的层就是 ReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training=False is F.rrelu&apos;s default; the nn.RReLU module draws slopes in train mode.</source>
        <extracomment>Note on the call F.rrelu(x) of &apos;rrelu&apos;; keep code names as they are</extracomment>
        <translation>training=False 是 F.rrelu 的默认值；nn.RReLU 模块在训练模式下会随机抽取斜率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch&apos;s value is Keras&apos;s default_value. For NaN Keras returns default_value, PyTorch NaN.</source>
        <extracomment>Note on the call keras.activations.threshold(x, 0.0, 0.0) of &apos;threshold&apos;; keep code names as they are</extracomment>
        <translation>PyTorch 的 value 就是 Keras 的 default_value。输入为 NaN 时，Keras 返回 default_value，PyTorch 返回 NaN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keras 3.15 returns wrong values when more than one logit is in the support (keras-team/keras#23425, fixed after that release).</source>
        <extracomment>Note on the call keras.activations.sparsemax(x) of &apos;sparsemax&apos;; keep code names as they are</extracomment>
        <translation>当支撑集中有不止一个 logit 时，Keras 3.15 会返回错误的值（keras-team/keras#23425，该版本之后已修复）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random: the same settings give the same distribution, not the same draws as actgui&apos;s seed.</source>
        <extracomment>Note on the call F.gumbel_softmax(x) of &apos;gumbel_softmax&apos;; keep code names as they are</extracomment>
        <translation>随机：相同的设置给出相同的分布，但抽样结果与 actgui 的种子不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SwiGLU, GEGLU, ReGLU and the bilinear GLU are written by hand, after a, b = x.chunk(2, dim=-1).</source>
        <extracomment>Note on the call a * F.silu(b) of &apos;glu&apos;; keep code names as they are</extracomment>
        <translation>SwiGLU、GEGLU、ReGLU 和双线性 GLU 需要手写：先 a, b = x.chunk(2, dim=-1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use sigmoid for linearly separable data.</source>
        <extracomment>The seed article&apos;s advice on &apos;sigmoid&apos;, quoted</extracomment>
        <translation>线性可分的数据用 sigmoid。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linearly separable data need no hidden non-linearity at all: one linear layer with a sigmoid output (logistic regression) separates them. The sigmoid&apos;s place is that output, the probability of a class, and the gates of LSTM cells; in hidden layers it saturates and passes at most a quarter of the gradient.</source>
        <extracomment>What holds instead of the seed article&apos;s advice on &apos;sigmoid&apos;</extracomment>
        <translation>线性可分的数据根本不需要隐藏层的非线性：一个线性层加上 sigmoid 输出（逻辑回归）就能把它们分开。sigmoid 的位置正是这个输出——某一类别的概率——以及 LSTM 单元中的门；放在隐藏层里它会饱和，最多只能传过四分之一的梯度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use tanh for linearly separable data, or for data with many negative values.</source>
        <extracomment>The seed article&apos;s advice on &apos;tanh&apos;, quoted</extracomment>
        <translation>线性可分的数据，或含有大量负值的数据，用 tanh。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neither decides it. Linearly separable data need no hidden non-linearity; tanh is a hidden activation for data that are not. Inputs are usually standardised, so half of them are negative whatever the activation. What tanh offers is zero-centred outputs with a slope up to 1 (RNN and LSTM cells use it).</source>
        <extracomment>What holds instead of the seed article&apos;s advice on &apos;tanh&apos;</extracomment>
        <translation>这两点都不是选择的依据。线性可分的数据不需要隐藏层的非线性；tanh 是用于线性不可分数据的隐藏层激活函数。输入通常会被标准化，因此无论用哪种激活函数，都有一半左右是负值。tanh 真正的长处是输出以零为中心、斜率最大为 1（RNN 和 LSTM 单元用的就是它）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use ReLU for data with many negative values.</source>
        <extracomment>The seed article&apos;s advice on &apos;relu&apos;, quoted</extracomment>
        <translation>含有大量负值的数据用 ReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative values are ReLU&apos;s weak side, not its use: for every negative pre-activation it outputs 0 and passes no gradient, and a unit negative on every point is dead. It is the default hidden activation of deep feed-forward and convolutional networks, with He initialisation, whatever the sign of the data.</source>
        <extracomment>What holds instead of the seed article&apos;s advice on &apos;relu&apos;</extracomment>
        <translation>负值恰恰是 ReLU 的弱点，而不是它的用途：预激活值为负时，它输出 0 且不传递梯度；一个在所有样本点上都为负的单元就“死”了。无论数据正负如何，ReLU 都是深层前馈网络和卷积网络默认的隐藏层激活函数，配合 He 初始化使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Leaky ReLU for sparse connections.</source>
        <extracomment>The seed article&apos;s advice on &apos;leaky_relu&apos;, quoted</extracomment>
        <translation>稀疏连接用 Leaky ReLU。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has nothing to do with sparse connections. Its small slope for z &lt; 0 keeps every unit trainable, so units cannot die as ReLUs can; it makes the activations less sparse than ReLU&apos;s exact zeros, not more.</source>
        <extracomment>What holds instead of the seed article&apos;s advice on &apos;leaky_relu&apos;</extracomment>
        <translation>它与稀疏连接毫无关系。z &lt; 0 时的小斜率让每个单元都能继续训练，因此不会像 ReLU 那样“死亡”；与 ReLU 输出的精确零相比，它让激活值更不稀疏，而不是更稀疏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use softmax for noisy data.</source>
        <extracomment>The seed article&apos;s advice on &apos;softmax&apos;, quoted</extracomment>
        <translation>有噪声的数据用 softmax。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise has nothing to do with it. Softmax turns a vector of logits into probabilities that sum to 1: the output of a multi-class classifier, and the weights of attention inside Transformers.</source>
        <extracomment>What holds instead of the seed article&apos;s advice on &apos;softmax&apos;</extracomment>
        <translation>这与噪声无关。softmax 把一组 logits 变成和为 1 的概率：它是多分类器的输出，也是 Transformer 内部注意力的权重。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A rescaled sigmoid, tanh(x) = 2 sigmoid(2x) - 1, with zero-centred outputs in (-1, 1) and a derivative up to 1, so it usually trains faster than sigmoid in small networks. The usual choice inside RNN and LSTM cells. It still saturates for |x| &gt; 3, so very deep tanh networks suffer from vanishing gradients; use Xavier/Glorot initialisation with it.</source>
        <extracomment>Teaching note on the activation &apos;tanh&apos;</extracomment>
        <translation>经过缩放平移的 sigmoid：tanh(x) = 2 sigmoid(2x) - 1。输出位于 (-1, 1)，以零为中心，导数最大为 1，所以在小型网络中通常比 sigmoid 训练得更快。它是 RNN 和 LSTM 单元内部的常用选择。不过在 |x| &gt; 3 时它仍会饱和，很深的 tanh 网络会出现梯度消失；搭配 Xavier/Glorot 初始化使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activation at all. A stack of linear layers is still one linear map, so a network without a non-linearity can only learn linear decision boundaries (it cannot solve XOR). Use it on the output of a regression model.</source>
        <extracomment>Teaching note on the activation &apos;linear&apos;</extracomment>
        <translation>相当于没有激活函数。多个线性层叠加后仍然只是一个线性映射，所以没有非线性的网络只能学到线性的决策边界（无法解决异或 XOR 问题）。可用于回归模型的输出层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original perceptron&apos;s threshold unit. Its derivative is zero everywhere it exists, so gradient descent gets no signal through it: that is why backpropagation needed smooth replacements such as the sigmoid. Shown for history and contrast, not for training.</source>
        <extracomment>Teaching note on the activation &apos;step&apos;</extracomment>
        <translation>最早的感知机所用的阈值单元。凡是导数存在的地方，导数都为零，梯度下降无法通过它获得任何信号：正因如此，反向传播算法需要 sigmoid 这类光滑的替代函数。这里展示它是为了介绍历史、作对比，而不是用于训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scaled ELU with fixed constants (alpha = 1.6733, lambda = 1.0507) chosen so that activations keep zero mean and unit variance through many layers: a self-normalising network. It only works as intended with LeCun-normal initialisation, plain fully connected layers and AlphaDropout.</source>
        <extracomment>Teaching note on the activation &apos;selu&apos;</extracomment>
        <translation>带固定常数（alpha = 1.6733，lambda = 1.0507）的缩放 ELU。这两个常数经过专门选取，使激活值在经过许多层之后仍保持零均值、单位方差，即所谓的自归一化网络。只有搭配 LeCun 正态初始化、普通全连接层和 AlphaDropout 时，它才能按预期工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuously differentiable ELU: dividing x by alpha inside the exponential makes the slope at 0 equal to 1 for every alpha, so the derivative has no jump. Otherwise behaves like ELU.</source>
        <extracomment>Teaching note on the activation &apos;celu&apos;</extracomment>
        <translation>连续可微的 ELU：在指数内部把 x 除以 alpha，使得对任意 alpha，函数在 0 处的斜率都等于 1，导数因此没有跳变。其余性质与 ELU 相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sigmoid-weighted linear unit, also called Swish (with beta = 1). Smooth, non-monotonic (minimum about -0.278 at x = -1.28), unbounded above. Used in EfficientNet, YOLO and many modern vision and language models, often a small improvement over ReLU in deep networks.</source>
        <extracomment>Teaching note on the activation &apos;silu&apos;</extracomment>
        <translation>Sigmoid 加权线性单元，也称为 Swish（beta = 1 时）。光滑、非单调（在 x = -1.28 处取得最小值约 -0.278），上方无界。EfficientNet、YOLO 以及许多现代视觉和语言模型都使用它，在深层网络中通常比 ReLU 略有提升。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A smooth, non-monotonic rectifier close to SiLU (minimum about -0.309). Popular in object detection (YOLOv4). Costs more than ReLU; gains over SiLU are usually small.</source>
        <extracomment>Teaching note on the activation &apos;mish&apos;</extracomment>
        <translation>一种与 SiLU 相近的光滑、非单调的整流函数（最小值约 -0.309）。在目标检测中很流行（YOLOv4）。计算开销比 ReLU 大；相对 SiLU 的提升通常很小。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ReLU capped at 6, which keeps activations in a range that survives low-precision (8-bit) arithmetic. Used in MobileNet for mobile devices.</source>
        <extracomment>Teaching note on the activation &apos;relu6&apos;</extracomment>
        <translation>上限截断为 6 的 ReLU，使激活值保持在低精度（8 位）运算也能准确表示的范围内。用于面向移动设备的 MobileNet。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A piecewise-linear sigmoid, much cheaper to compute; used in MobileNetV3&apos;s gates. PyTorch and Keras 3 use slope 1/6 (relu6(x + 3) / 6); Keras 2 and older TensorFlow used slope 0.2: max(0, min(1, 0.2 x + 0.5)).</source>
        <extracomment>Teaching note on the activation &apos;hardsigmoid&apos;</extracomment>
        <translation>分段线性的 sigmoid，计算开销小得多；用于 MobileNetV3 的门控结构。PyTorch 和 Keras 3 使用斜率 1/6（relu6(x + 3) / 6）；Keras 2 和较早版本的 TensorFlow 使用斜率 0.2：max(0, min(1, 0.2 x + 0.5))。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A piecewise approximation of SiLU/Swish built from ReLU6, introduced with MobileNetV3 for fast inference on phones.</source>
        <extracomment>Teaching note on the activation &apos;hardswish&apos;</extracomment>
        <translation>用 ReLU6 构造的 SiLU/Swish 分段近似，随 MobileNetV3 提出，用于在手机上快速推理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logarithm of the sigmoid, computed without ever taking the log of a number that underflowed. Appears inside losses (binary cross-entropy with logits, word2vec&apos;s negative sampling) rather than as a hidden activation.</source>
        <extracomment>Teaching note on the activation &apos;logsigmoid&apos;</extracomment>
        <translation>sigmoid 的对数，计算时从不对已经下溢的数取对数。它通常出现在损失函数内部（带 logits 的二元交叉熵、word2vec 的负采样），而不是作为隐藏层激活函数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly flat (x^3/3) around zero and linear far from it: a smooth shrinkage that suppresses small values. Rarely used as a hidden activation; appears in sparse coding and denoising models.</source>
        <extracomment>Teaching note on the activation &apos;tanhshrink&apos;</extracomment>
        <translation>在零附近几乎是平的（约为 x^3/3），远离零时接近线性：一种抑制小数值的平滑收缩。很少用作隐藏层激活函数；出现在稀疏编码和去噪模型中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft thresholding: zeroes small values and shrinks the rest towards zero by lambda. It is the proximal operator of the L1 norm, the step that makes ISTA and LASSO produce sparse solutions.</source>
        <extracomment>Teaching note on the activation &apos;softshrink&apos;</extracomment>
        <translation>软阈值：把小的值置零，其余的值向零收缩 lambda。它是 L1 范数的近端算子，正是这一步使 ISTA 和 LASSO 得到稀疏解。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parametric ReLU: a Leaky ReLU whose negative slope a is a learned parameter (PyTorch initialises it to 0.25, one per layer or per channel). Introduced for deep image classifiers; the slider shows the function for one value of a.</source>
        <extracomment>Teaching note on the activation &apos;prelu&apos;</extracomment>
        <translation>参数化 ReLU：负半轴斜率 a 是可学习参数的 Leaky ReLU（PyTorch 将其初始化为 0.25，每层一个或每个通道一个）。它是为深度图像分类网络提出的；滑块显示的是 a 取某一个值时的函数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logarithm of softmax, computed directly with the log-sum-exp trick so it never takes the log of an underflowed probability. Feed it to the negative log-likelihood loss: log_softmax + NLLLoss is PyTorch&apos;s cross-entropy.</source>
        <extracomment>Teaching note on the activation &apos;log_softmax&apos;</extracomment>
        <translation>softmax 的对数，利用 log-sum-exp 技巧直接计算，因此不会对已经下溢的概率取对数。把它的输出送入负对数似然损失：log_softmax + NLLLoss 就是 PyTorch 中的交叉熵。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax of the negated inputs: the smallest value gets the largest weight. Useful for soft selection of the nearest item from a vector of distances or costs (soft attention over distances, soft nearest neighbours).</source>
        <extracomment>Teaching note on the activation &apos;softmin&apos;</extracomment>
        <translation>对取负后的输入做 softmax：最小的值获得最大的权重。适合从一组距离或代价中“软”选出最近的一项（基于距离的软注意力、软最近邻）。</translation>
    </message>
</context>
</TS>
