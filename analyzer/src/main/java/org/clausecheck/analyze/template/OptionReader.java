package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.extract.Block;
import org.clausecheck.extract.BlockKind;

/**
 * Finds the check boxes and option buttons of a form and groups them into elections. A box or button stands at the
 * start of a block or after white space and is followed by white space: "[ ]", "[  ]", "☐", "□", "❏" and "( )" are
 * open; "[x]", "[ X ]", "☒", "☑", "✓", "(x)", "(•)" and "◉" are ticked. "●" and "○" (and "■" beside "□") are read as
 * buttons only when both stand in one block ("● Yes ○ No"): alone, they are bullets.
 *
 * <p>An option's text runs to the next box of its block, or to the end of the block; a box that opens a heading covers
 * the heading's section. Options of one block, and of blocks that follow each other and open with a box, are one
 * group: the alternatives of one election.
 */
final class OptionReader {

    /** A box or button with the text it governs, offsets in the document text. */
    record Option(int start, int markerEnd, int end, boolean chosen, int group) {
    }

    private static final String SPACE = "[ \u00A0]";
    /** A box or button, tried only where one can start (see {@link #mayStartMarker}), then checked for what precedes it. */
    private static final Pattern MARKER = Pattern.compile("(?:"
            + "(\\[" + SPACE + "{0,3}\\]|\\(" + SPACE + "{1,3}\\)|[\u2610\u25A1\u274F\u2750\u2751\u2752])"
            + "|(\\[" + SPACE + "{0,2}[xX\u2713\u2714\u2717\u2718]" + SPACE + "{0,2}\\]"
            + "|\\(" + SPACE + "{0,2}[xX\u2022\u25CF\u2713\u2714]" + SPACE + "{0,2}\\)|[\u2612\u2611\u2713\u2714\u25C9])"
            + "|([\u25CB\u25EF])|([\u25CF])|([\u25A0]))(?=\\s|$)");
    private static final Pattern BOX_CONTENT = Pattern.compile(SPACE + "{0,3}|" + SPACE + "{0,2}[xX\u2713\u2714\u2717\u2718]" + SPACE + "{0,2}");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*\\]");

    private OptionReader() {
    }

    /** True for what a check box holds between its brackets: spaces, or a cross or tick. */
    static boolean isBoxContent(String bracketed) {
        return BOX_CONTENT.matcher(bracketed).matches();
    }

    /** Every option of the document, in order, each with its group. */
    static List<Option> read(List<Block> blocks) {
        List<Found> found = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            found.addAll(markers(blocks.get(b), b));
        }
        // "(x)" is also the tenth item of a list: a selected button only beside an unselected one of its group.
        List<Option> grouped = group(blocks, found);
        Set<Integer> groupsWithButtons = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).button() && !found.get(i).ambiguous()) {
                groupsWithButtons.add(grouped.get(i).group());
            }
        }
        List<Found> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!found.get(i).ambiguous() || groupsWithButtons.contains(grouped.get(i).group())) {
                kept.add(found.get(i));
            }
        }
        return kept.size() == found.size() ? grouped : group(blocks, kept);
    }

    private static List<Option> group(List<Block> blocks, List<Found> found) {
        List<Option> options = new ArrayList<>();
        int group = -1;
        int groupLastBlock = -2;
        for (int i = 0; i < found.size(); i++) {
            Found option = found.get(i);
            Block block = blocks.get(option.block());
            boolean sameBlock = i > 0 && found.get(i - 1).block() == option.block();
            boolean opensNextBlock = option.block() <= groupLastBlock + 1 && opensBlock(block, option.start());
            if (!sameBlock && !opensNextBlock) {
                group++;
            }
            int end = block.end();
            int lastBlock = option.block();
            if (i + 1 < found.size() && found.get(i + 1).block() == option.block()) {
                end = found.get(i + 1).start();
            } else if (block.kind() == BlockKind.HEADING && opensBlock(block, option.start())) {
                int next = i + 1 < found.size() ? found.get(i + 1).block() : blocks.size();
                lastBlock = sectionEnd(blocks, option.block(), next);
                end = blocks.get(lastBlock).end();
            }
            groupLastBlock = lastBlock;
            options.add(new Option(option.start(), option.markerEnd(), trimEnd(blocks, lastBlock, end),
                    option.chosen(), group));
        }
        return options;
    }

    /**
     * A box or button found: {@code button} for the parenthesised kind, {@code ambiguous} for "(x)", which may be a
     * list number.
     */
    private record Found(int block, int start, int markerEnd, boolean chosen, boolean button, boolean ambiguous) {
    }

    private static List<Found> markers(Block block, int index) {
        String text = block.text();
        if (!mayHoldMarker(text)) {
            return List.of();
        }
        Matcher marker = MARKER.matcher(text);
        List<Found> found = new ArrayList<>();
        boolean hollowButton = false;
        boolean filledButton = false;
        boolean filledSquare = false;
        boolean hollowSquare = false;
        List<int[]> raw = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (!mayStartMarker(text.charAt(at)) || at > 0 && !opensMarker(text.charAt(at - 1))
                    || !marker.region(at, text.length()).lookingAt()) {
                continue;
            }
            int kind = marker.group(1) != null ? 1 : marker.group(2) != null ? 2 : marker.group(3) != null ? 3
                    : marker.group(4) != null ? 4 : 5;
            hollowButton |= kind == 3;
            filledButton |= kind == 4;
            filledSquare |= kind == 5;
            hollowSquare |= kind == 1 && marker.group(1).equals("\u25A1");
            raw.add(new int[] {marker.start(), marker.end(), kind});
            at = marker.end() - 1;
        }
        for (int[] r : raw) {
            int kind = r[2];
            boolean buttonPair = hollowButton && filledButton;
            if ((kind == 3 || kind == 4) && !buttonPair || kind == 5 && !hollowSquare) {
                continue; // a bullet, not a button
            }
            if (kind == 1 && readsAsBlank(text, r[1])) {
                continue;
            }
            boolean chosen = kind == 2 || kind == 4 || kind == 5;
            String printed = text.substring(r[0], r[1]);
            boolean button = printed.startsWith("(") || kind == 3 || kind == 4;
            boolean ambiguous = printed.startsWith("(") && printed.replaceAll("[\\s\u00A0()]", "").equalsIgnoreCase("x");
            found.add(new Found(index, block.start() + r[0], block.start() + r[1], chosen, button, ambiguous));
        }
        return found;
    }

    /**
     * True when an empty box stands for a blank to write in rather than an option: followed by a parenthesis,
     * a per cent sign or punctuation ("[ ] (the "Agreement")", "[ ]% per year"), or by a short label and a colon
     * ("[ ] Address:").
     */
    private static boolean readsAsBlank(String text, int markerEnd) {
        String after = text.substring(markerEnd).stripLeading();
        if (after.isEmpty() || "(%),.;:[".indexOf(after.charAt(0)) >= 0) {
            return !after.isEmpty();
        }
        Matcher next = MARKER.matcher(after);
        String option = (next.find() ? after.substring(0, next.start()) : after).strip();
        return option.endsWith(":") && option.split("\\s+").length <= 3;
    }

    /** Cheap test before the expression: a bracket, a parenthesis or one of the symbols. */
    private static boolean mayHoldMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (mayStartMarker(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayStartMarker(char c) {
        return c == '[' || c == '(' || c >= '\u25A0' && c <= '\u25EF' || c >= '\u2610' && c <= '\u2612'
                || c >= '\u2713' && c <= '\u2718' || c >= '\u274F' && c <= '\u2752';
    }

    /** What may stand before a box: white space, or the colon or semicolon of a lead-in. */
    private static boolean opensMarker(char before) {
        return Character.isWhitespace(before) || before == ':' || before == ';';
    }

    /** True when only white space or bracketed notes stand before the marker in its block. */
    private static boolean opensBlock(Block block, int markerStart) {
        String before = block.text().substring(0, markerStart - block.start());
        return BRACKETED.matcher(before).replaceAll("").isBlank();
    }

    /** The last block of the section a heading opens, not beyond {@code limit} (exclusive). */
    private static int sectionEnd(List<Block> blocks, int heading, int limit) {
        int depth = blocks.get(heading).headingPath().size();
        int last = heading;
        for (int b = heading + 1; b < Math.min(limit, blocks.size()); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.HEADING && block.headingPath().size() <= depth) {
                break;
            }
            last = b;
        }
        return last;
    }

    /** An option's end before trailing white space. */
    private static int trimEnd(List<Block> blocks, int lastBlock, int end) {
        Block block = blocks.get(lastBlock);
        int at = end;
        while (at > block.start() && Character.isWhitespace(block.text().charAt(at - 1 - block.start()))) {
            at--;
        }
        return at;
    }
}
