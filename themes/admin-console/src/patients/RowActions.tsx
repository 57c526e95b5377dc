import { Dropdown, DropdownItem, DropdownList, MenuToggle } from "@patternfly/react-core";
import EllipsisVIcon from "@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon";
import { useState } from "react";

export type RowAction = { title: string; onClick: () => void };

/**
 * A row's kebab menu, its toggle named for the row (PatternFly's own says "Kebab toggle"). Choosing
 * an action puts the focus back on the toggle, so that a keyboard user stays on the row (the table's
 * ActionsColumn leaves it on the closed menu's item, that is nowhere) and a dialog the action opens
 * returns the focus there when it closes.
 */
export const RowActions = ({ label, items }: { label: string; items: RowAction[] }) => {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setIsOpen}
      shouldFocusToggleOnSelect
      popperProps={{ position: "right" }}
      toggle={(toggleRef) => (
        <MenuToggle
          ref={toggleRef}
          aria-label={label}
          variant="plain"
          onClick={() => setIsOpen(!isOpen)}
          isExpanded={isOpen}
        >
          <EllipsisVIcon />
        </MenuToggle>
      )}
    >
      <DropdownList>
        {items.map(({ title, onClick }) => (
          <DropdownItem
            key={title}
            onClick={() => {
              setIsOpen(false);
              onClick();
            }}
          >
            {title}
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
};
