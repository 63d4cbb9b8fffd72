#include "parsetree.h"

#include <vector>

namespace parsetree {

namespace {

// Node is one oneof of ~250 members whose field ids are the node_case values: a table from
// case to field spares a search of the descriptor for every node visited.
const std::vector<const ProtobufCFieldDescriptor *> &nodeFields()
{
    static const std::vector<const ProtobufCFieldDescriptor *> table = [] {
        const ProtobufCMessageDescriptor &descriptor = pg_query__node__descriptor;
        std::vector<const ProtobufCFieldDescriptor *> byCase;
        for (unsigned i = 0; i < descriptor.n_fields; ++i) {
            const ProtobufCFieldDescriptor &field = descriptor.fields[i];
            if (field.id >= byCase.size())
                byCase.resize(field.id + 1, nullptr);
            byCase[field.id] = &field;
        }
        return byCase;
    }();
    return table;
}

const ProtobufCFieldDescriptor *activeField(const Node *node)
{
    const auto &fields = nodeFields();
    const auto which = unsigned(node->node_case);
    return which < fields.size() ? fields[which] : nullptr;
}

const ProtobufCMessage *payload(const Node *node)
{
    const ProtobufCFieldDescriptor *field = activeField(node);
    if (!field)
        return nullptr;
    return *reinterpret_cast<ProtobufCMessage *const *>(reinterpret_cast<const char *>(node) +
                                                        field->offset);
}

// Every message-typed member, through the descriptor: the tree has some 250 node types and the
// walk must not miss a member of any of them. The children of `message`, in field order, go on
// `stack` last-first, so popping them visits them first-first.
void pushChildren(const ProtobufCMessage *message, std::vector<const ProtobufCMessage *> &stack)
{
    const ProtobufCMessageDescriptor *descriptor = message->descriptor;
    const char *base = reinterpret_cast<const char *>(message);
    for (unsigned i = descriptor->n_fields; i-- > 0;) {
        const ProtobufCFieldDescriptor &field = descriptor->fields[i];
        if (field.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            const size_t count = *reinterpret_cast<const size_t *>(base + field.quantifier_offset);
            const auto items =
                *reinterpret_cast<ProtobufCMessage *const *const *>(base + field.offset);
            for (size_t k = count; k-- > 0;)
                if (items[k])
                    stack.push_back(items[k]);
        } else {
            if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) &&
                *reinterpret_cast<const uint32_t *>(base + field.quantifier_offset) != field.id)
                continue;
            if (const auto *child =
                    *reinterpret_cast<ProtobufCMessage *const *>(base + field.offset))
                stack.push_back(child);
        }
    }
}

// Depth first, parents before children, with an explicit stack: a hostile script nests
// expressions thousands deep (1 + 1 + ... is a left-deep tree), which a recursive walk would
// answer with a stack overflow.
void walk(const ProtobufCMessage *root, const std::function<void(const Node *)> &visit)
{
    if (!root)
        return;
    std::vector<const ProtobufCMessage *> stack{root};
    while (!stack.empty()) {
        const ProtobufCMessage *message = stack.back();
        stack.pop_back();
        if (message->descriptor == &pg_query__node__descriptor) {
            const Node *node = reinterpret_cast<const Node *>(message);
            visit(node);
            message = payload(node);
            if (!message)
                continue;
        }
        pushChildren(message, stack);
    }
}

} // namespace

QLatin1String typeName(const Node *node)
{
    if (!node)
        return {};
    const ProtobufCFieldDescriptor *field = activeField(node);
    if (!field || !field->descriptor)
        return {};
    return QLatin1String(
        static_cast<const ProtobufCMessageDescriptor *>(field->descriptor)->short_name);
}

QStringList strings(NodeList list)
{
    QStringList result;
    result.reserve(qsizetype(list.size()));
    for (const Node *node : list)
        result << (node->node_case == PG_QUERY__NODE__NODE_STRING ? text(node->string->sval)
                                                                  : QString());
    return result;
}

QString lastName(NodeList list)
{
    if (list.empty() || list.back()->node_case != PG_QUERY__NODE__NODE_STRING)
        return {};
    return text(list.back()->string->sval).toLower();
}

QString objectName(const Node *node)
{
    if (!node)
        return {};
    if (node->node_case == PG_QUERY__NODE__NODE_LIST)
        return strings(nodes(node->list->n_items, node->list->items)).join(u'.');
    if (node->node_case == PG_QUERY__NODE__NODE_STRING)
        return text(node->string->sval);
    return {};
}

QString relationName(const PgQuery__RangeVar *rangeVar)
{
    if (!rangeVar)
        return {};
    const QString name = text(rangeVar->relname);
    return *rangeVar->schemaname ? text(rangeVar->schemaname) + u'.' + name : name;
}

QString columnRefName(const Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF ||
        node->column_ref->n_fields == 0)
        return {};
    const Node *last = node->column_ref->fields[node->column_ref->n_fields - 1];
    return last->node_case == PG_QUERY__NODE__NODE_STRING ? text(last->string->sval) : QString();
}

int constInt(const Node *node, bool *ok)
{
    const bool isInt = node && node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
                       node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL;
    if (ok)
        *ok = isInt;
    return isInt ? node->a_const->ival->ival : 0;
}

QString constText(const Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_A_CONST)
        return {};
    const PgQuery__AConst *constant = node->a_const;
    switch (constant->val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL:
        return text(constant->sval->sval);
    case PG_QUERY__A__CONST__VAL_IVAL:
        return QString::number(constant->ival->ival);
    case PG_QUERY__A__CONST__VAL_FVAL:
        return text(constant->fval->fval);
    case PG_QUERY__A__CONST__VAL_BOOLVAL:
        return constant->boolval->boolval ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

void forEachNode(const Node *node, const std::function<void(const Node *)> &visit)
{
    walk(reinterpret_cast<const ProtobufCMessage *>(node), visit);
}

void forEachNode(NodeList list, const std::function<void(const Node *)> &visit)
{
    for (const Node *node : list)
        forEachNode(node, visit);
}

QString TypeInfo::display() const
{
    QString result = name;
    if (!modifiers.isEmpty()) {
        QStringList parts;
        for (int modifier : modifiers)
            parts << QString::number(modifier);
        result += u'(' + parts.join(u',') + u')';
    }
    if (isArray)
        result += QStringLiteral("[]");
    return result;
}

TypeInfo typeInfo(const PgQuery__TypeName *typeName)
{
    TypeInfo info;
    if (!typeName)
        return info;
    info.name = lastName(nodes(typeName->n_names, typeName->names));
    for (const Node *modifier : nodes(typeName->n_typmods, typeName->typmods)) {
        bool ok = false;
        const int value = constInt(modifier, &ok);
        if (ok)
            info.modifiers << value;
    }
    info.isArray = typeName->n_array_bounds > 0;
    return info;
}

} // namespace parsetree
