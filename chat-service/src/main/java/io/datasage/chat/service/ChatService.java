package io.datasage.chat.service;

import io.datasage.ai.answer.ChartQuestion;
import io.datasage.ai.answer.SpecRenderer;
import io.datasage.ai.answer.TokenSink;
import io.datasage.ai.prompt.Example;
import io.datasage.ai.prompt.PromptBuilder;
import io.datasage.ai.prompt.Turn;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.chat.client.VectorClient;
import io.datasage.chat.config.ChatConfig;
import io.datasage.chat.mapping.Json;
import io.datasage.chat.repository.ConversationEntity;
import io.datasage.chat.repository.ConversationRepository;
import io.datasage.chat.repository.MessageEntity;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.platform.datasets.DatasetCatalog;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers a question about one of the caller's datasets inside a conversation: finds the previous chart and the
 * last messages for follow-ups (and, when an LLM is configured, similar past questions as examples), gets a
 * rendered chart from the LLMs or the planner (or draws the suggestion the question picks), explains how it was
 * computed, offers rewrites when unsure, stores both turns, and feeds the question memory.
 */
@ApplicationScoped
public class ChatService {

    static final int MAX_QUESTION = 2000;

    private final DatasetCatalog datasets;
    private final ArrowDatasets arrowFiles;
    private final ConversationService conversationService;
    private final ConversationRepository conversations;
    private final QuestionAnswerer answerer;
    private final VectorClient vector;
    private final ExplanationService explanations;
    private final SuggestionService suggester;
    private final RecentCharts charts;
    private final ChatConfig config;
    private final Path storageRoot;

    public ChatService(
            DatasetCatalog datasets,
            ArrowDatasets arrowFiles,
            ConversationService conversationService,
            ConversationRepository conversations,
            QuestionAnswerer answerer,
            VectorClient vector,
            ExplanationService explanations,
            SuggestionService suggester,
            RecentCharts charts,
            ChatConfig config) {
        this.datasets = datasets;
        this.arrowFiles = arrowFiles;
        this.conversationService = conversationService;
        this.conversations = conversations;
        this.answerer = answerer;
        this.vector = vector;
        this.explanations = explanations;
        this.suggester = suggester;
        this.charts = charts;
        this.config = config;
        this.storageRoot = config.storageRoot().toAbsolutePath().normalize();
    }

    /** Answers {@code message}; a null conversation id starts a new conversation. */
    public ChatReply ask(String ownerId, String token, String datasetId, String message, String conversationId) {
        return answer(prepare(ownerId, token, datasetId, message, conversationId), TokenSink.NONE);
    }

    /**
     * Checks the question and finds the dataset and the conversation, so that what is wrong with a request (400,
     * 404, 409) is known before a reply starts streaming.
     */
    public Question prepare(String ownerId, String token, String datasetId, String message, String conversationId) {
        String question = checkedQuestion(message);
        DatasetInfo dataset = datasets.requireReady(datasetId, ownerId, token);
        ConversationEntity conversation = conversation(ownerId, datasetId, conversationId, question);
        boolean unsaved = conversationId == null || conversationId.isBlank();
        return new Question(ownerId, token, datasetId, dataset, conversation, unsaved, question);
    }

    /** The question in a chat message, stripped; 400 when it is empty or too long. */
    static String checkedQuestion(String message) {
        String question = message == null ? "" : message.strip();
        if (question.isEmpty()) {
            throw ProblemException.badRequest("Send a 'message' with your question, e.g. \"total sales by region\".");
        }
        if (question.length() > MAX_QUESTION) {
            throw ProblemException.badRequest(
                    "The question is " + question.length() + " characters long; keep it under " + MAX_QUESTION + ".");
        }
        return question;
    }

    /**
     * Answers a prepared question; {@code sink} sees an LLM's lead sentence while it streams. A question that is one
     * of the suggestions offered by the previous reply draws that suggestion's chart.
     */
    public ChatReply answer(Question q, TokenSink sink) {
        AnsweredTurn turn;
        try (Dataset data =
                arrowFiles.open(storageRoot.resolve(q.dataset().arrowPath()).normalize())) {
            SpecRenderer<ChartResult> draw =
                    spec -> charts.get(q.datasetId(), q.dataset().version(), spec, () -> answerer.render(data, spec));
            Answer answer = pickedSuggestion(q, draw);
            if (answer == null) {
                answer = ask(q, data, draw, sink);
            }
            turn = new AnsweredTurn(
                    answer, explanations.explain(answer.chart(), data, q.dataset()), suggester.offer(answer, q, draw));
        }
        String messageId = UUID.randomUUID().toString();
        store(q, turn, messageId);
        Answer answer = turn.answer();
        if (config.questionMemory() && answer.chart() != null && !"Low".equals(answer.confidence())) {
            vector.remember(q.datasetId(), q.question(), answer.spec(), q.token());
        }
        return turn.reply(q.conversation().id, messageId, config.replyRows());
    }

    private Answer ask(Question q, Dataset data, SpecRenderer<ChartResult> draw, TokenSink sink) {
        String datasetId = q.datasetId();
        DatasetSchema schema = SchemaMapper.from(q.dataset(), data);
        List<Example> examples = answerer.usesLlm()
                ? vector.examples(datasetId, q.question(), PromptBuilder.EXAMPLES, q.token(), config.examplesTimeout())
                : List.of();
        ChartQuestion question = new ChartQuestion(
                q.question(),
                schema,
                data.columns(),
                previousSpec(q.conversation()),
                history(q.conversation()),
                examples);
        return answerer.answer(
                question,
                draw,
                config.semanticMatching() ? (phrase, s) -> vector.columns(datasetId, phrase, q.token()) : null,
                sink);
    }

    /** The chart of the previous reply's suggestion that {@code q} picks, or null when it picks none. */
    private Answer pickedSuggestion(Question q, SpecRenderer<ChartResult> draw) {
        Optional<OfferedSuggestion> picked = SuggestionService.pickedBy(q);
        if (picked.isEmpty()) {
            return null;
        }
        try {
            return answerer.picked(picked.get(), draw);
        } catch (ChartSpecException e) {
            Log.infof(
                    "The picked suggestion no longer fits the data (%s); answering the question instead",
                    e.getMessage());
            return null;
        }
    }

    /**
     * A checked question with what answering it needs.
     *
     * @param token the caller's bearer token, for calls to other services on their behalf
     * @param unsaved the conversation is new and not yet stored (storing the answer inserts it)
     */
    public record Question(
            String ownerId,
            String token,
            String datasetId,
            DatasetInfo dataset,
            ConversationEntity conversation,
            boolean unsaved,
            String question) {

        @Override
        public String toString() {
            return "Question[dataset=" + datasetId + ", conversation=" + conversation.id + ", question=" + question
                    + "]";
        }
    }

    private ConversationEntity conversation(String ownerId, String datasetId, String conversationId, String question) {
        if (conversationId == null || conversationId.isBlank()) {
            return conversationService.unsaved(ownerId, datasetId, title(question));
        }
        ConversationEntity c = conversationService.get(ownerId, conversationId);
        if (c.datasetId != null && !c.datasetId.equals(datasetId)) {
            throw ProblemException.conflict("Conversation " + conversationId + " is about another dataset; start a new"
                    + " conversation (omit conversation_id) to ask about this one.");
        }
        return c;
    }

    private static ChartSpec previousSpec(ConversationEntity conversation) {
        List<MessageEntity> messages = conversation.messages;
        for (int i = messages == null ? -1 : messages.size() - 1; i >= 0; i--) {
            MessageEntity m = messages.get(i);
            if ("assistant".equals(m.role) && m.chartSpecJson != null) {
                return Json.spec(m.chartSpecJson);
            }
        }
        return null;
    }

    /** The conversation's last messages, oldest first, as an LLM prompt shows them. */
    private static List<Turn> history(ConversationEntity conversation) {
        List<MessageEntity> messages = conversation.messages == null ? List.of() : conversation.messages;
        List<Turn> turns = new ArrayList<>();
        for (MessageEntity m :
                messages.subList(Math.max(0, messages.size() - PromptBuilder.HISTORY), messages.size())) {
            turns.add(
                    "user".equals(m.role)
                            ? Turn.user(m.content)
                            : Turn.assistant(m.content, Json.spec(m.chartSpecJson)));
        }
        return turns;
    }

    private void store(Question q, AnsweredTurn turn, String messageId) {
        Instant now = Instant.now();
        MessageEntity user = new MessageEntity();
        user.id = UUID.randomUUID().toString();
        user.role = "user";
        user.content = q.question();
        user.timestamp = now;
        if (q.unsaved()) {
            ConversationEntity conversation = q.conversation();
            conversation.messages = new ArrayList<>(List.of(user, turn.message(messageId, now)));
            conversation.updatedAt = now;
            conversations.persist(conversation);
            return;
        }
        conversations.appendMessages(
                q.conversation().id,
                q.ownerId(),
                List.of(user, turn.message(messageId, now)),
                config.maxMessages(),
                now);
    }

    private static String title(String question) {
        return question.length() <= 60 ? question : question.substring(0, 57) + "...";
    }
}
