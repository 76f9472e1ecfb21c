<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationSelector</name>
    <message>
        <location filename="../../actgui/ui/explorer/activation_selector.py" line="+91"/>
        <source>Filter activations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name; Up/Down step through the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../actgui/ui/explorer/compare_panel.py" line="+106"/>
        <source>Pin current curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current curve on the plots, then pick another activation to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned curves stay on the plots, dashed, while you pick another activation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurvePlots</name>
    <message>
        <location filename="../../actgui/ui/explorer/curve_plots.py" line="+201"/>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom back to the whole x range (mouse: drag to pan, wheel to zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>|f′| &lt; 1% of its max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Hover over a plot to read x, f(x) and f′(x)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../actgui/ui/errors.py" line="+65"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actgui hit an unexpected error and carried on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../actgui/ui/i18n.py" line="+366"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamControls</name>
    <message>
        <location filename="../../actgui/ui/explorer/param_controls.py" line="+176"/>
        <source>This activation has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore PyTorch&apos;s default values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRow</name>
    <message>
        <location filename="../../actgui/ui/explorer/compare_panel.py" line="-52"/>
        <source>Unpin {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeControls</name>
    <message>
        <location filename="../../actgui/ui/explorer/range_controls.py" line="+63"/>
        <source>x from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of points at which f and f&apos; are evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refused: “x from” must be below “x to”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
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
        <source>Squashes any input into (0, 1), so it reads as a probability: use it on the output of a binary classifier (with binary cross-entropy) and in gates of LSTMs/GRUs. Avoid it in deep hidden layers: its derivative is at most 0.25 and vanishes for |x| &gt; 5, so gradients shrink layer by layer, and its outputs are not zero-centred.</source>
        <extracomment>Teaching note on the activation &apos;sigmoid&apos;</extracomment>
        <translation>把任意输入压缩到 (0, 1) 区间，因此输出可以解读为概率：适合用在二分类模型的输出层（配合二元交叉熵损失），以及 LSTM/GRU 的门控单元中。不要在深层网络的隐藏层中使用它：它的导数最大只有 0.25，在 |x| &gt; 5 时几乎为零，梯度会逐层衰减；而且它的输出不以零为中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default for hidden layers of feed-forward and convolutional networks: cheap, and its gradient is exactly 1 for positive inputs, so it does not vanish in deep stacks. A unit whose input stays negative gets zero gradient and can &apos;die&apos;; Leaky ReLU or ELU avoid that. Use He initialisation with it. The derivative at 0 is taken as 0, as PyTorch and TensorFlow do.</source>
        <extracomment>Teaching note on the activation &apos;relu&apos;</extracomment>
        <translation>前馈网络和卷积网络隐藏层的默认选择：计算开销小，并且输入为正时梯度恰好为 1，因此在很深的网络中梯度也不会消失。如果某个神经元的输入一直为负，它的梯度始终为零，就可能“死亡”；Leaky ReLU 或 ELU 可以避免这一问题。搭配 He 初始化使用。与 PyTorch 和 TensorFlow 一致，这里取 0 处的导数为 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rescaled sigmoid, tanh(x) = 2 sigmoid(2x) - 1, with zero-centred outputs in (-1, 1) and a derivative up to 1, so it usually trains faster than sigmoid in small networks. The usual choice inside RNN and LSTM cells. It still saturates for |x| &gt; 3, so very deep tanh networks suffer from vanishing gradients; use Xavier/Glorot initialisation with it.</source>
        <extracomment>Teaching note on the activation &apos;tanh&apos;</extracomment>
        <translation>经过缩放平移的 sigmoid：tanh(x) = 2 sigmoid(2x) - 1。输出位于 (-1, 1)，以零为中心，导数最大为 1，所以在小型网络中通常比 sigmoid 训练得更快。它是 RNN 和 LSTM 单元内部的常用选择。不过在 |x| &gt; 3 时它仍会饱和，很深的 tanh 网络会出现梯度消失；搭配 Xavier/Glorot 初始化使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns a vector of logits into a probability distribution over classes: the output layer of a multi-class classifier, trained with cross-entropy (which frameworks fuse with log-softmax for stability). It is not a hidden-layer activation and has nothing to do with &apos;noisy data&apos;. Adding a constant to all logits changes nothing; the temperature T sharpens (T &lt; 1) or flattens (T &gt; 1) the distribution.</source>
        <extracomment>Teaching note on the activation &apos;softmax&apos;</extracomment>
        <translation>把一个 logits 向量变成各类别上的概率分布：用于多分类模型的输出层，配合交叉熵损失训练（为了数值稳定，深度学习框架会把它与 log-softmax 合并计算）。它不是隐藏层的激活函数，也与“噪声数据”毫无关系。所有 logits 同时加上一个常数，结果不变；温度 T 会让分布变得更尖锐（T &lt; 1）或更平坦（T &gt; 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU with a small slope for negative inputs, so no unit ever has a zero gradient and none can die. A drop-in replacement for ReLU when many units go dead (large learning rates, GANs). PyTorch&apos;s default slope is 0.01; Keras&apos;s LeakyReLU layer defaults to 0.3 (Keras 2) or 0.2 (Keras 3 and tf.nn.leaky_relu).</source>
        <extracomment>Teaching note on the activation &apos;leaky_relu&apos;</extracomment>
        <translation>在输入为负时保留一个很小斜率的 ReLU，因此任何神经元的梯度都不会为零，也就不会“死亡”。当大量神经元死亡时（学习率较大、GAN 等），可以直接用它替换 ReLU。PyTorch 的默认斜率是 0.01；Keras 的 LeakyReLU 层默认值为 0.3（Keras 2）或 0.2（Keras 3 和 tf.nn.leaky_relu）。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Exponential Linear Unit: like ReLU for positive inputs, but saturates smoothly to -alpha for negative ones, which pushes mean activations towards zero and keeps a gradient for negative inputs. Smooth everywhere when alpha = 1. A little more expensive than ReLU (an exponential).</source>
        <extracomment>Teaching note on the activation &apos;elu&apos;</extracomment>
        <translation>指数线性单元：输入为正时与 ReLU 相同，输入为负时平滑地饱和到 -alpha。这使激活值的均值更接近零，并且负输入也保有梯度。alpha = 1 时处处光滑。计算开销比 ReLU 略大（需要计算一次指数）。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Gaussian Error Linear Unit: weights each input by the probability that a standard normal variable is below it. The activation of BERT, GPT and most Transformers. Smooth and slightly non-monotonic (a dip to about -0.17 near x = -0.75). approximate=&apos;tanh&apos; is the faster formula used by the original GPT-2 code.</source>
        <extracomment>Teaching note on the activation &apos;gelu&apos;</extracomment>
        <translation>高斯误差线性单元：用“标准正态随机变量小于该输入”的概率对每个输入加权。BERT、GPT 和大多数 Transformer 都使用这个激活函数。它光滑，且略微非单调（在 x = -0.75 附近下凹到约 -0.17）。approximate=&apos;tanh&apos; 是原始 GPT-2 代码中使用的更快的近似公式。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>A smooth ReLU whose derivative is the sigmoid. Used where an output must be positive (a variance or a rate) rather than as a hidden activation. For beta * x above the threshold PyTorch returns x itself, for stability. Keras&apos;s softplus has no beta (beta = 1).</source>
        <extracomment>Teaching note on the activation &apos;softplus&apos;</extracomment>
        <translation>平滑版的 ReLU，它的导数正是 sigmoid。常用于输出必须为正的场合（如方差或速率），而不是作为隐藏层激活函数。为了数值稳定，当 beta * x 超过阈值时，PyTorch 直接返回 x 本身。Keras 的 softplus 没有 beta 参数（即 beta = 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Like tanh but approaches its bounds polynomially rather than exponentially, so it saturates more slowly. Rarely used today; of historical interest as a cheaper tanh.</source>
        <extracomment>Teaching note on the activation &apos;softsign&apos;</extracomment>
        <translation>与 tanh 相似，但以多项式速度而不是指数速度趋近上下界，因此饱和得更慢。如今已很少使用；作为计算更便宜的 tanh 替代品，具有一定的历史意义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A piecewise-linear tanh: identity between the limits, constant outside. Cheap, used in quantised and low-power networks. Its gradient is exactly 0 outside [a, b], a hard form of saturation.</source>
        <extracomment>Teaching note on the activation &apos;hardtanh&apos;</extracomment>
        <translation>分段线性的 tanh：在上下限之间是恒等函数，在区间外为常数。计算便宜，用于量化网络和低功耗网络。在 [a, b] 之外梯度恰好为 0，是一种“硬”饱和。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Hard thresholding: keeps values larger than lambda in magnitude unchanged and sets the rest to zero. Used in sparse coding and wavelet denoising; the jump at +-lambda makes it a poor hidden activation.</source>
        <extracomment>Teaching note on the activation &apos;hardshrink&apos;</extracomment>
        <translation>硬阈值：绝对值大于 lambda 的值保持不变，其余的值置零。用于稀疏编码和小波去噪；由于在 ±lambda 处存在跳变，它不适合用作隐藏层激活函数。</translation>
    </message>
    <message>
        <location line="+2"/>
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
